package io.modeldoc.processor.compile;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.JavaFileObjects;
import io.modeldoc.processor.support.DiskCompilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code modeldoc.outputDir} receives every output, and a feature's name can never lead a file outside it. */
class OutputDirTest {

    @Test
    void everyOutputIsMirroredInsideTheFolderWhateverTheFeatureIsCalled(@TempDir Path folder) throws IOException {
        Path docs = folder.resolve("site/docs");
        DiskCompilation compilation = DiskCompilation.compile(folder, List.of(
                JavaFileObjects.forSourceLines("a.package-info",
                        "@io.modeldoc.annotations.DataModel(feature = \"../../../etc/passwd\")", "package a;"),
                JavaFileObjects.forSourceLines("a.Thing", "package a;", "/** A thing. */",
                        "@jakarta.persistence.Entity public class Thing { @jakarta.persistence.Id Long id; }")),
                "modeldoc.dialects=h2", "modeldoc.outputDir=" + docs);

        assertThat(compilation.success()).isTrue();
        try (Stream<Path> files = Files.walk(folder)) {
            assertThat(files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".md")))
                    .allMatch(f -> f.startsWith(docs) || f.startsWith(compilation.classOutput()));
        }
        assertThat(docs.resolve("etc-passwd.md")).hasContent(compilation.output("etc-passwd.md").stripTrailing());
        for (String name : List.of("index.md", "model.json", "schema-h2.sql")) {
            assertThat(Files.readString(docs.resolve(name))).isEqualTo(compilation.output(name));
        }
    }

    @Test
    void renamingAFeatureRemovesItsOldDocumentAndLeavesTheTeamsFilesAlone(@TempDir Path folder) throws IOException {
        Path docs = folder.resolve("docs");
        compile(folder.resolve("first"), "Shipping", "modeldoc.outputDir=" + docs);
        Files.writeString(docs.resolve("README.md"), "Our notes.\n");

        DiskCompilation renamed = compile(folder.resolve("second"), "Delivery", "modeldoc.outputDir=" + docs);

        assertThat(renamed.success()).as("%s", renamed.diagnostics()).isTrue();
        assertThat(docs.resolve("shipping.md")).doesNotExist();
        assertThat(Files.readString(docs.resolve("delivery.md"))).isEqualTo(renamed.output("delivery.md"));
        assertThat(docs.resolve("README.md")).hasContent("Our notes.");
    }

    @Test
    void verifyReportsEachStaleFileWithItsFirstDifferenceAndWritesNothing(@TempDir Path folder) throws IOException {
        Path docs = folder.resolve("docs");
        compile(folder.resolve("first"), "Shipping", "modeldoc.outputDir=" + docs);
        String before = Files.readString(docs.resolve("index.md"));

        DiskCompilation verify = compile(folder.resolve("second"), "Delivery", "modeldoc.outputDir=" + docs, "modeldoc.verify=on");

        assertThat(verify.success()).isFalse();
        assertThat(verify.of(Diagnostic.Kind.ERROR)).extracting(d -> d.getMessage(Locale.ROOT)).containsExactly(
                "[modeldoc:stale-output] " + docs.resolve(".modeldoc-files") + " would change: line 3 is now `delivery.md` instead "
                        + "of `index.md`. -Amodeldoc.verify=on compares the folder with this build's outputs; build once without it "
                        + "(or with -Amodeldoc.verify=off) and commit the folder.",
                "[modeldoc:stale-output] " + docs.resolve("delivery.md") + " would appear: ModelDoc writes it, and the folder "
                        + "does not have it. -Amodeldoc.verify=on compares the folder with this build's outputs; build once "
                        + "without it (or with -Amodeldoc.verify=off) and commit the folder.",
                "[modeldoc:stale-output] " + docs.resolve("index.md") + " would change: line 5 is now "
                        + "`| [Delivery](delivery.md) | Draft | 1 | — |` instead of `| [Shipping](shipping.md) | Draft | 1 | — |`. "
                        + "-Amodeldoc.verify=on compares the folder with this build's outputs; build once without it (or with "
                        + "-Amodeldoc.verify=off) and commit the folder.",
                "[modeldoc:stale-output] " + docs.resolve("model.json") + " would change: line 16 is now "
                        + "`      \"featureSlug\": \"delivery\",` instead of `      \"featureSlug\": \"shipping\",`. "
                        + "-Amodeldoc.verify=on compares the folder with this build's outputs; build once without it (or with "
                        + "-Amodeldoc.verify=off) and commit the folder.",
                "[modeldoc:stale-output] " + docs.resolve("shipping.md") + " would disappear: ModelDoc no longer writes it. "
                        + "-Amodeldoc.verify=on compares the folder with this build's outputs; build once without it (or with "
                        + "-Amodeldoc.verify=off) and commit the folder.");
        assertThat(docs.resolve("delivery.md")).doesNotExist();
        assertThat(docs.resolve("shipping.md")).exists();
        assertThat(docs.resolve("index.md")).hasContent(before.stripTrailing());
    }

    @Test
    void verifyPassesOnAFreshFolder(@TempDir Path folder) {
        Path docs = folder.resolve("docs");
        compile(folder.resolve("first"), "Shipping", "modeldoc.outputDir=" + docs);

        DiskCompilation verify = compile(folder.resolve("second"), "Shipping", "modeldoc.outputDir=" + docs, "modeldoc.verify=on");

        assertThat(verify.success()).as("%s", verify.diagnostics()).isTrue();
        assertThat(verify.output("shipping.md")).isNotEmpty();
    }

    /** A folder that cannot be made is one ERROR saying which file and why; the class output is still written. */
    @Test
    void anOutputDirThatIsAFileIsAWriteErrorNamingTheFile(@TempDir Path folder) throws IOException {
        Path docs = Files.writeString(folder.resolve("docs"), "a file, not a folder\n");

        DiskCompilation compilation = compile(folder.resolve("build"), "Shipping", "modeldoc.outputDir=" + docs);

        assertThat(compilation.of(Diagnostic.Kind.ERROR)).extracting(d -> d.getMessage(Locale.ROOT)).singleElement().asString()
                .startsWith("[modeldoc:write] Could not write the outputs: ");
        assertThat(compilation.output("index.md")).contains("Shipping");
    }

    private static DiskCompilation compile(Path folder, String feature, String... options) {
        List<String> all = new java.util.ArrayList<>(List.of("modeldoc.dialects=h2", "modeldoc.lint=off"));
        all.addAll(List.of(options));
        return DiskCompilation.compile(folder, List.of(
                JavaFileObjects.forSourceLines("a.package-info",
                        "@io.modeldoc.annotations.DataModel(feature = \"" + feature + "\")", "package a;"),
                JavaFileObjects.forSourceLines("a.Parcel", "package a;",
                        "@jakarta.persistence.Entity public class Parcel { @jakarta.persistence.Id Long id; }")),
                all.toArray(String[]::new));
    }
}
