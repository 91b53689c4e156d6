package io.modeldoc.processor.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.modeldoc.processor.support.DiskCompilation;
import io.modeldoc.processor.support.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Options are checked before anything else: an unknown option or a bad value is an ERROR naming it. */
class OptionErrorTest {

    private static final JavaFileObject ENTITY = JavaFileObjects.forSourceLines("test.Thing",
            "package test;",
            "import jakarta.persistence.*;",
            "/** A thing. */",
            "@Entity public class Thing {",
            "  @Id private Long id;",
            "}");

    @Test
    void unknownOptionIsAnErrorNamingIt() {
        Compilation compilation = Fixtures.compile(List.of(ENTITY), "modeldoc.dialect=h2");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[modeldoc:unknown-option] Unknown option -Amodeldoc.dialect; did you mean "
                + "-Amodeldoc.dialects? ModelDoc's options are [modeldoc.dialects,");
    }

    @Test
    void badValueIsAnErrorNamingTheOptionAndItsValues() {
        Compilation compilation = Fixtures.compile(List.of(ENTITY), "modeldoc.naming=camel");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(
                "[modeldoc:bad-option] Bad value 'camel' for -Amodeldoc.naming; use one of [jpa, snake_case] (default: jpa).");
    }

    @Test
    void aMisspeltValueGetsTheClosestAcceptedOne() {
        Compilation compilation = Fixtures.compile(List.of(ENTITY), "modeldoc.dialects=h2,postgres");

        assertThat(compilation).hadErrorContaining("[modeldoc:bad-option] Bad value 'h2,postgres' for -Amodeldoc.dialects; "
                + "did you mean 'postgresql'? use a comma-separated list of");
    }

    /** Before, javac failed later on the generated ModelDocSchema, with a message that did not name the option. */
    @Test
    void aPackageThatIsNoJavaPackageIsAnErrorNamingTheOption() {
        Compilation compilation = Fixtures.compile(List.of(ENTITY), "modeldoc.package=my-app.schema");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[modeldoc:bad-option] Bad value 'my-app.schema' for -Amodeldoc.package; "
                + "name a Java package for ModelDocSchema, e.g. com.example.shop, or leave the option out to use the package "
                + "all entities share.");
    }

    @Test
    void verifyWithoutAFolderIsAnError() {
        Compilation compilation = Fixtures.compile(List.of(ENTITY), "modeldoc.verify=on");

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[modeldoc:bad-option] -Amodeldoc.verify=on compares the -Amodeldoc.outputDir "
                + "folder with the outputs, but no folder is set; set -Amodeldoc.outputDir, or leave -Amodeldoc.verify out.");
    }

    /** Outputs made with a default in place of what the user asked for would be wrong: none is written, anywhere. */
    @Test
    void aBadOptionWritesNothing(@TempDir Path folder) throws IOException {
        Path docs = Files.createDirectories(folder.resolve("docs"));
        Files.writeString(docs.resolve("index.md"), "committed\n");

        DiskCompilation compilation = DiskCompilation.compile(folder, List.of(ENTITY),
                "modeldoc.naming=camel", "modeldoc.outputDir=" + docs);

        assertThat(compilation.success()).isFalse();
        assertThat(compilation.diagnostics()).extracting(d -> d.getMessage(Locale.ROOT)).contains(
                "[modeldoc:nothing-written] ModelDoc wrote no outputs, because an option is wrong (see above); fix it and build again.");
        assertThat(compilation.classOutput().resolve("modeldoc")).doesNotExist();
        assertThat(folder.resolve("generated/test/ModelDocSchema.java")).doesNotExist();
        try (Stream<Path> files = Files.list(docs)) {
            assertThat(files).containsExactly(docs.resolve("index.md"));
        }
        assertThat(docs.resolve("index.md")).hasContent("committed");
    }

    @Test
    void unknownDialectIsAnErrorListingTheDialects() {
        Compilation compilation = Fixtures.compile(List.of(ENTITY), "modeldoc.dialects=postgresql,db2");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(
                "Bad value 'postgresql,db2' for -Amodeldoc.dialects; use a comma-separated list of [postgresql, mysql, mariadb, h2, "
                        + "oracle, sqlserver]");
    }

    @Test
    void validOptionsCompileCleanly() {
        Compilation compilation = Fixtures.compile(List.of(ENTITY),
                "modeldoc.dialects=h2,mysql", "modeldoc.naming=snake_case", "modeldoc.lint=error");

        assertThat(compilation).succeededWithoutWarnings();
    }

    /** Each mistake in an option: one ERROR naming it and how to fix it, a note that nothing was written, and no output. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            modeldoc.dialect=h2 | [modeldoc:unknown-option] Unknown option -Amodeldoc.dialect; did you mean -Amodeldoc.dialects? ModelDoc's options are [modeldoc.dialects, modeldoc.naming, modeldoc.constraintNames, modeldoc.validationDdl, modeldoc.baseline, modeldoc.migration.version, modeldoc.migration.description, modeldoc.migration.style, modeldoc.migration.drops, modeldoc.templates, modeldoc.outputDir, modeldoc.verify, modeldoc.lint, modeldoc.package, modeldoc.constants].
            modeldoc.validationDdl=yes | [modeldoc:bad-option] Bad value 'yes' for -Amodeldoc.validationDdl; use one of [on, off] (default: on).
            modeldoc.dialects=postgresql,db2 | [modeldoc:bad-option] Bad value 'postgresql,db2' for -Amodeldoc.dialects; use a comma-separated list of [postgresql, mysql, mariadb, h2, oracle, sqlserver] (default: postgresql).
            modeldoc.templates=no/such/folder | [modeldoc:bad-option] -Amodeldoc.templates=no/such/folder is not a folder; name the folder that holds your .ftl overrides, or leave the option out.
            """)
    void anOptionMistakeIsOneErrorAndNothingIsWritten(String option, String message, @TempDir Path folder) {
        DiskCompilation compilation = DiskCompilation.compile(folder, List.of(ENTITY), option);

        assertThat(compilation.diagnostics().stream().map(d -> d.getKind() + " " + d.getMessage(Locale.ROOT))
                .filter(text -> text.contains("[modeldoc:"))).containsExactly(
                "ERROR " + message,
                "NOTE [modeldoc:nothing-written] ModelDoc wrote no outputs, because an option is wrong (see above); fix it and build again.");
        assertThat(compilation.success()).isFalse();
        assertThat(compilation.classOutput().resolve("modeldoc")).doesNotExist();
    }
}
