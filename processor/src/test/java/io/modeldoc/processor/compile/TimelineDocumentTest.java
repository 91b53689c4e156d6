package io.modeldoc.processor.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.modeldoc.processor.model.TimelinePhase;
import io.modeldoc.processor.snapshot.BaselineReader;
import io.modeldoc.processor.support.Fixtures;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Implementation Timeline comes from {@code @Timeline}; a feature without one has no such section. */
class TimelineDocumentTest {

    private static final JavaFileObject PARCEL = JavaFileObjects.forSourceLines("a.Parcel", "package a;",
            "/** A parcel. */", "@jakarta.persistence.Entity public class Parcel { /** Key. */ @jakarta.persistence.Id Long id; }");

    @Test
    void eachPhaseIsAChecklistWithTheDoneTasksTicked() {
        Compilation compilation = Fixtures.compile(List.of(packageInfo("DRAFT",
                "@io.modeldoc.annotations.Timeline({",
                "  @io.modeldoc.annotations.Timeline.Phase(name = \"Design & Development\", when = \"Week 1-2\",",
                "      done = \"Schema creation\", todo = {\"Data model design completion\", \"Basic CRUD operations\"}),",
                "  @io.modeldoc.annotations.Timeline.Phase(name = \"Deployment\", todo = \"Production <b>deployment</b>\")})"),
                PARCEL), "modeldoc.dialects=h2");

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(Fixtures.output(compilation, "parcels.md")).endsWith("""

                ## Implementation Timeline

                ### Phase 1: Design & Development (Week 1-2)
                - [x] Schema creation
                - [ ] Data model design completion
                - [ ] Basic CRUD operations

                ### Phase 2: Deployment
                - [ ] Production \\<b\\>deployment\\</b\\>
                """);
        // The snapshot keeps it, so a partial build documents it from there too.
        assertThat(BaselineReader.read("model.json", Fixtures.output(compilation, "model.json")).features().get(0).timeline())
                .extracting(TimelinePhase::name).containsExactly("Design & Development", "Deployment");
    }

    @Test
    void anApprovedDesignHasCompletedItsDesign() {
        Compilation compilation = Fixtures.compile(List.of(packageInfo("APPROVED",
                "@io.modeldoc.annotations.Timeline(@io.modeldoc.annotations.Timeline.Phase(name = \"Design\",",
                "    todo = {\"Data model design completion\", \"Schema creation\"}))"), PARCEL), "modeldoc.dialects=h2");

        assertThat(Fixtures.output(compilation, "parcels.md")).contains("- [x] Data model design completion\n- [ ] Schema creation\n");
    }

    @Test
    void withoutATimelineThereIsNoSuchSection() {
        Compilation compilation = Fixtures.compile(List.of(packageInfo("APPROVED"), PARCEL), "modeldoc.dialects=h2");

        assertThat(Fixtures.output(compilation, "parcels.md")).doesNotContain("Implementation Timeline");
    }

    private static JavaFileObject packageInfo(String status, String... annotations) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("/** Parcels. */");
        lines.add("@io.modeldoc.annotations.DataModel(feature = \"Parcels\", status = io.modeldoc.annotations.DataModel.Status."
                + status + ")");
        lines.addAll(List.of(annotations));
        lines.add("package a;");
        return JavaFileObjects.forSourceLines("a.package-info", lines.toArray(String[]::new));
    }
}
