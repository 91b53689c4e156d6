package io.modeldoc.processor.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.modeldoc.processor.support.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Caching Strategy is read from {@code @Cacheable} and Hibernate's {@code @Cache}, by name: concurrency and region. */
class CachingStrategyTest {

    @Test
    void eachCachedEntityHasItsConcurrencyStrategyAndRegion() {
        Compilation compilation = Fixtures.compile(List.of(
                JavaFileObjects.forSourceString("fleet.Depot", "package fleet;\nimport jakarta.persistence.*;\n"
                        + "/** A depot. */\n@Entity @org.hibernate.annotations.Cache(usage = "
                        + "org.hibernate.annotations.CacheConcurrencyStrategy.READ_ONLY, region = \"reference-data\")\n"
                        + "public class Depot {\n  /** Key. */ @Id private Long id;\n}\n"),
                JavaFileObjects.forSourceString("fleet.Driver", "package fleet;\nimport jakarta.persistence.*;\n"
                        + "/** A driver. */\n@Entity @Cacheable\npublic class Driver {\n  /** Key. */ @Id private Long id;\n}\n"),
                JavaFileObjects.forSourceString("fleet.Trip", "package fleet;\nimport jakarta.persistence.*;\n"
                        + "/** A trip. */\n@Entity public class Trip {\n  /** Key. */ @Id private Long id;\n}\n")),
                "modeldoc.lint=off");
        assertThat(compilation).succeeded();
        String document = Fixtures.output(compilation, "data-model.md");
        assertThat(document).contains("### Caching Strategy\n"
                + "- [Depot](#depot): second-level cache, `READ_ONLY` (Hibernate `@Cache`), in region `reference-data`: for data that "
                + "is never updated; an update of a cached row fails\n"
                + "- [Driver](#driver): second-level cache (`@Cacheable`), with the provider's default concurrency strategy and region\n");
        assertThat(document).doesNotContain("[Trip](#trip): second-level");
    }
}
