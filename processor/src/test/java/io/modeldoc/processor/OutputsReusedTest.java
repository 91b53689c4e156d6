package io.modeldoc.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.JavaFileObjects;
import io.modeldoc.processor.support.DiskCompilation;
import io.modeldoc.processor.support.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A partial build whose model did not change writes the previous build's files again instead of
 * rendering them, and only then: a changed model, an output edited since, other options or another
 * baseline make it render. Either way the outputs are those of a clean build.
 */
class OutputsReusedTest {

    private static final String[] OPTIONS = {"modeldoc.dialects=postgresql,h2"};

    @Test
    void recompilingAnUnchangedEntityWritesThePreviousOutputsAgain(@TempDir Path clean, @TempDir Path partial) throws IOException {
        List<JavaFileObject> all = Fixtures.sources("bookshop");
        DiskCompilation cleanBuild = DiskCompilation.compile(clean, all, OPTIONS);
        DiskCompilation.compile(partial, all, OPTIONS);

        ModelDocProcessor processor = new ModelDocProcessor();
        DiskCompilation second = DiskCompilation.compile(processor, partial, only(all, "Book.java"), with(partial, OPTIONS));

        assertThat(second.success()).as("%s", second.diagnostics()).isTrue();
        assertThat(processor.outputsReused()).isTrue();
        assertThat(resources(second.classOutput())).isEqualTo(resources(cleanBuild.classOutput()));
    }

    @Test
    void entitiesThatReadAsBeforeNeedNeitherTheOtherEntitiesNorTheModelAndReportTheSameFindings(@TempDir Path clean,
            @TempDir Path partial) throws IOException {
        List<JavaFileObject> all = List.of(thing("private String name;", "private String colour;"), other(), queried());
        DiskCompilation cleanBuild = DiskCompilation.compile(clean, all, OPTIONS);
        DiskCompilation.compile(partial, all, OPTIONS);
        java.nio.file.attribute.FileTime modelWritten = Files.getLastModifiedTime(partial.resolve("classes/modeldoc/model.json"));
        assertThat(findingsOn(cleanBuild, "Thing.java", "Queried.java"))
                .as("the lint's findings on the classes recompiled below")
                .anyMatch(f -> f.contains("[modeldoc:undocumented]"))
                .anyMatch(f -> f.contains("[modeldoc:unindexed-query]"));

        ModelDocProcessor processor = new ModelDocProcessor();
        DiskCompilation second = DiskCompilation.compile(processor, partial, List.of(all.get(0), all.get(2)), with(partial, OPTIONS));

        assertThat(second.success()).as("%s", second.diagnostics()).isTrue();
        assertThat(processor.sourcesUnchanged()).isTrue();
        assertThat(processor.outputsReused()).isTrue();
        assertThat(Files.getLastModifiedTime(second.classOutput().resolve("modeldoc/model.json")))
                .as("left as it was").isEqualTo(modelWritten);
        assertThat(resources(second.classOutput())).isEqualTo(resources(cleanBuild.classOutput()));
        assertThat(findingsOn(second, "Thing.java", "Queried.java", "Other.java"))
                .isEqualTo(findingsOn(cleanBuild, "Thing.java", "Queried.java"));

        // Once more, from the record that partial build wrote.
        ModelDocProcessor third = new ModelDocProcessor();
        DiskCompilation again = DiskCompilation.compile(third, partial, all.subList(0, 1), with(partial, OPTIONS));
        assertThat(third.sourcesUnchanged()).isTrue();
        assertThat(resources(again.classOutput())).isEqualTo(resources(cleanBuild.classOutput()));
        assertThat(findingsOn(again, "Thing.java")).isEqualTo(findingsOn(cleanBuild, "Thing.java"));
    }

    @Test
    void anEmbeddableRecompiledAloneChangesWhatTheEntitiesReadAndTheModelIsAssembled(@TempDir Path clean, @TempDir Path partial)
            throws IOException {
        JavaFileObject holder = JavaFileObjects.forSourceString("test.Holder", "package test;\nimport jakarta.persistence.*;\n"
                + "/** Holds a place. */\n@Entity public class Holder {\n  /** Key. */ @Id private Long id;\n"
                + "  /** Where. */ @Embedded private Place place;\n}\n");
        DiskCompilation.compile(partial, List.of(holder, place("city")), OPTIONS);
        JavaFileObject changed = place("city", "street");
        DiskCompilation cleanBuild = DiskCompilation.compile(clean, List.of(holder, changed), OPTIONS);

        ModelDocProcessor processor = new ModelDocProcessor();
        DiskCompilation second = DiskCompilation.compile(processor, partial, List.of(changed), with(partial, OPTIONS));

        assertThat(processor.sourcesUnchanged()).isFalse();
        assertThat(second.output("schema-h2.sql")).contains("street varchar(255)");
        assertThat(resources(second.classOutput())).isEqualTo(resources(cleanBuild.classOutput()));
    }

    @Test
    void aModuleWithoutEntitiesGetsNoOutputs(@TempDir Path folder) throws IOException {
        JavaFileObject plain = JavaFileObjects.forSourceString("test.Plain", "package test;\n/** Plain. */ public class Plain {}\n");

        DiskCompilation compilation = DiskCompilation.compile(folder, List.of(plain), OPTIONS);

        assertThat(compilation.success()).as("%s", compilation.diagnostics()).isTrue();
        assertThat(compilation.classOutput().resolve("modeldoc")).doesNotExist();
        assertThat(compilation.classOutput().resolve("test/Plain.class")).exists();
    }

    @Test
    void aChangedEntityIsRenderedAgain(@TempDir Path clean, @TempDir Path partial) throws IOException {
        DiskCompilation.compile(partial, List.of(thing("private String name;"), other()), OPTIONS);
        JavaFileObject changed = thing("private String name;", "private String colour;");
        DiskCompilation cleanBuild = DiskCompilation.compile(clean, List.of(changed, other()), OPTIONS);

        ModelDocProcessor processor = new ModelDocProcessor();
        DiskCompilation second = DiskCompilation.compile(processor, partial, List.of(changed), with(partial, OPTIONS));

        assertThat(processor.sourcesUnchanged()).isFalse();
        assertThat(processor.outputsReused()).isFalse();
        assertThat(second.output("schema-h2.sql")).contains("colour varchar(255)");
        assertThat(resources(second.classOutput())).isEqualTo(resources(cleanBuild.classOutput()));
    }

    @Test
    void anOutputEditedSinceIsRenderedAgain(@TempDir Path partial) throws IOException {
        List<JavaFileObject> sources = List.of(thing("private String name;"), other());
        DiskCompilation first = DiskCompilation.compile(partial, sources, OPTIONS);
        Map<String, String> written = resources(first.classOutput());
        Path script = first.classOutput().resolve("modeldoc/schema-h2.sql");
        Files.writeString(script, "-- edited by hand\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        ModelDocProcessor processor = new ModelDocProcessor();
        DiskCompilation second = DiskCompilation.compile(processor, partial, sources.subList(0, 1), with(partial, OPTIONS));

        assertThat(processor.outputsReused()).isFalse();
        assertThat(resources(second.classOutput())).isEqualTo(written);
    }

    @Test
    void anOutputEditedSinceToTheSameLengthIsRenderedAgain(@TempDir Path partial) throws IOException {
        List<JavaFileObject> sources = List.of(thing("private String name;"), other());
        DiskCompilation first = DiskCompilation.compile(partial, sources, OPTIONS);
        Map<String, String> written = resources(first.classOutput());
        Path script = first.classOutput().resolve("modeldoc/schema-h2.sql");
        String edited = Files.readString(script).replace("create table", "CREATE TABLE");
        assertThat(edited).hasSameSizeAs(Files.readString(script)).isNotEqualTo(Files.readString(script));
        Files.writeString(script, edited, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(script, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));

        ModelDocProcessor processor = new ModelDocProcessor();
        DiskCompilation second = DiskCompilation.compile(processor, partial, sources.subList(0, 1), with(partial, OPTIONS));

        assertThat(processor.sourcesUnchanged()).isFalse();
        assertThat(resources(second.classOutput())).isEqualTo(written);
    }

    @Test
    void outputsTouchedButUnchangedAreReadOnceAndStampedAgain(@TempDir Path partial) throws IOException {
        List<JavaFileObject> sources = List.of(thing("private String name;"), other());
        DiskCompilation first = DiskCompilation.compile(partial, sources, OPTIONS);
        Map<String, String> written = resources(first.classOutput());
        java.nio.file.attribute.FileTime later = java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000);
        try (Stream<Path> files = Files.walk(first.classOutput().resolve("modeldoc"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, later);
            }
        }

        ModelDocProcessor touched = new ModelDocProcessor();
        DiskCompilation.compile(touched, partial, sources.subList(0, 1), with(partial, OPTIONS));
        ModelDocProcessor next = new ModelDocProcessor();
        DiskCompilation second = DiskCompilation.compile(next, partial, sources.subList(0, 1), with(partial, OPTIONS));

        assertThat(touched.sourcesUnchanged()).as("the contents still match the record").isTrue();
        assertThat(next.sourcesUnchanged()).isTrue();
        assertThat(Files.readString(partial.resolve("generated/" + io.modeldoc.processor.output.OutputRecord.PATH)))
                .contains("stamp ").contains("@" + later.toMillis() + " modeldoc/model.json");
        assertThat(resources(second.classOutput())).isEqualTo(written);
    }

    @Test
    void aDeletedCopyBesideTheSchemaClassIsWrittenAgain(@TempDir Path partial) throws IOException {
        List<JavaFileObject> sources = List.of(thing("private String name;"), other());
        DiskCompilation first = DiskCompilation.compile(partial, sources, OPTIONS);
        Path copy = first.classOutput().resolve("test/modeldoc/schema-h2.sql");
        String text = Files.readString(copy);
        Files.delete(copy);

        ModelDocProcessor processor = new ModelDocProcessor();
        DiskCompilation.compile(processor, partial, sources.subList(0, 1), with(partial, OPTIONS));

        assertThat(processor.sourcesUnchanged()).isFalse();
        assertThat(Files.readString(copy)).isEqualTo(text);
    }

    @Test
    void otherOptionsRenderAgain(@TempDir Path partial) throws IOException {
        List<JavaFileObject> sources = List.of(thing("private String name;"), other());
        DiskCompilation.compile(partial, sources, OPTIONS);

        ModelDocProcessor processor = new ModelDocProcessor();
        DiskCompilation.compile(processor, partial, sources.subList(0, 1), with(partial, "modeldoc.dialects=postgresql,h2",
                "modeldoc.lint=off"));

        assertThat(processor.outputsReused()).isFalse();
    }

    @Test
    void theMigrationWarningsAreReportedAgainWithTheOutputsReused(@TempDir Path folder, @TempDir Path partial) throws IOException {
        Path baseline = folder.resolve("model.json");
        DiskCompilation before = DiskCompilation.compile(folder.resolve("before"),
                List.of(thing("private String name;"), other()), OPTIONS);
        Files.writeString(baseline, before.output("model.json"), StandardCharsets.UTF_8);
        List<JavaFileObject> sources = List.of(thing("private String name;", "@Column(nullable = false) private Integer size;"),
                other());
        String[] options = {"modeldoc.dialects=postgresql,h2", "modeldoc.baseline=" + baseline};
        DiskCompilation first = DiskCompilation.compile(partial, sources, options);
        List<String> warnings = warnings(first);
        assertThat(warnings).as("a NOT NULL column added is a migration risk").isNotEmpty();

        ModelDocProcessor processor = new ModelDocProcessor();
        DiskCompilation second = DiskCompilation.compile(processor, partial, sources.subList(1, 2), with(partial, options));

        assertThat(processor.outputsReused()).isTrue();
        assertThat(warnings(second)).isEqualTo(warnings);

        // Another baseline is another input: rendered again.
        String renamed = before.output("model.json").replace("\"name\": \"name\"", "\"name\": \"title\"");
        assertThat(renamed).isNotEqualTo(before.output("model.json"));
        Files.writeString(baseline, renamed, StandardCharsets.UTF_8);
        ModelDocProcessor third = new ModelDocProcessor();
        DiskCompilation.compile(third, partial, sources.subList(1, 2), with(partial, options));
        assertThat(third.outputsReused()).isFalse();
    }

    private static List<String> warnings(DiskCompilation compilation) {
        return compilation.of(Diagnostic.Kind.WARNING).stream().map(d -> d.getMessage(java.util.Locale.ROOT))
                .filter(m -> m.contains("[modeldoc:migration]")).toList();
    }

    private static JavaFileObject thing(String... fields) {
        StringBuilder text = new StringBuilder("package test;\nimport jakarta.persistence.*;\n/** A thing. */\n"
                + "@Entity public class Thing {\n  /** Key. */ @Id private Long id;\n");
        for (String field : fields) {
            text.append("  /** A field. */ ").append(field).append('\n');
        }
        return JavaFileObjects.forSourceString("test.Thing", text.append("}\n").toString());
    }

    /** An entity with a query no index serves, and an attribute left undocumented. */
    private static JavaFileObject queried() {
        return JavaFileObjects.forSourceString("test.Queried", "package test;\nimport jakarta.persistence.*;\n/** Queried. */\n"
                + "@Entity @NamedQuery(name = \"Queried.byCode\", query = \"select q from Queried q where q.code = :code\")\n"
                + "public class Queried {\n  /** Key. */ @Id private Long id;\n  private String code;\n}\n");
    }

    private static JavaFileObject place(String... fields) {
        StringBuilder text = new StringBuilder("package test;\nimport jakarta.persistence.*;\n/** A place. */\n@Embeddable public class Place {\n");
        for (String field : fields) {
            text.append("  /** A part. */ private String ").append(field).append(";\n");
        }
        return JavaFileObjects.forSourceString("test.Place", text.append("}\n").toString());
    }

    /** The ModelDoc diagnostics on the named source files: kind, file, line and message. */
    private static List<String> findingsOn(DiskCompilation compilation, String... files) {
        List<String> names = List.of(files);
        return compilation.diagnostics().stream()
                .filter(d -> d.getSource() != null && names.stream().anyMatch(n -> d.getSource().getName().endsWith("/" + n)))
                .map(d -> d.getKind() + " " + d.getSource().getName().substring(d.getSource().getName().lastIndexOf('/') + 1)
                        + ":" + d.getLineNumber() + " " + d.getMessage(java.util.Locale.ROOT))
                .filter(m -> m.contains("[modeldoc:"))
                .sorted().toList();
    }

    private static JavaFileObject other() {
        return JavaFileObjects.forSourceString("test.Other", "package test;\nimport jakarta.persistence.*;\n/** Another. */\n"
                + "@Entity public class Other {\n  /** Key. */ @Id private Long id;\n  /** Its thing. */ @ManyToOne private Thing thing;\n}\n");
    }

    private static List<JavaFileObject> only(List<JavaFileObject> sources, String fileName) {
        return sources.stream().filter(s -> s.getName().endsWith("/" + fileName)).toList();
    }

    private static String[] with(Path folder, String... options) {
        List<String> all = new ArrayList<>(List.of(options));
        all.addAll(List.of(DiskCompilation.classPathWith(folder.resolve("classes"))));
        return all.toArray(String[]::new);
    }

    /** Every {@code modeldoc/} output by name. */
    private static Map<String, String> resources(Path classes) throws IOException {
        Map<String, String> files = new TreeMap<>();
        Path root = classes.resolve("modeldoc");
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }
}
