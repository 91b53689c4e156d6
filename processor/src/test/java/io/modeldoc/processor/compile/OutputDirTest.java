package io.modeldoc.processor.compile;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.JavaFileObjects;
import io.modeldoc.processor.support.DiskCompilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
}
