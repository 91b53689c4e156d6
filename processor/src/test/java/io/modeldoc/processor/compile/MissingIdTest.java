package io.modeldoc.processor.compile;

import static org.assertj.core.api.Assertions.assertThat;

import io.modeldoc.processor.support.DiskCompilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An entity without an identifier is an ERROR on that entity; the other entities are still documented. */
class MissingIdTest {

    private static final JavaFileObject BROKEN = JavaFileObjects.forSourceLines("test.Broken",
            "package test;",
            "import jakarta.persistence.*;",
            "/** Has no id. */",
            "@Entity",
            "public class Broken {",
            "  /** A name. */",
            "  private String name;",
            "}");
    private static final JavaFileObject FINE = JavaFileObjects.forSourceLines("test.Fine",
            "package test;",
            "import jakarta.persistence.*;",
            "/** Has an id. */",
            "@Entity",
            "public class Fine {",
            "  @Id private Long id;",
            "  /** A label. */",
            "  private String label;",
            "}");

    @Test
    void missingIdIsAnErrorOnTheEntityAndTheOthersAreStillDocumented(@TempDir Path folder) {
        DiskCompilation compilation = DiskCompilation.compile(folder, List.of(BROKEN, FINE), "modeldoc.dialects=h2");

        assertThat(compilation.success()).isFalse();
        List<Diagnostic<? extends JavaFileObject>> errors = compilation.of(Diagnostic.Kind.ERROR);
        assertThat(errors).hasSize(1);
        Diagnostic<? extends JavaFileObject> error = errors.get(0);
        assertThat(error.getMessage(Locale.ROOT)).isEqualTo("[modeldoc:missing-id] Entity test.Broken has no identifier; "
                + "annotate one attribute with @Id, or use @EmbeddedId. It is left out of the outputs.");
        assertThat(error.getSource().getName()).endsWith("Broken.java");
        assertThat(error.getLineNumber()).isEqualTo(5);

        assertThat(compilation.output("schema-h2.sql")).contains("create table Fine").doesNotContain("Broken");
        assertThat(compilation.output("data-model.md")).contains("#### Fine").doesNotContain("Broken");
        assertThat(compilation.output("model.json")).contains("\"qualifiedName\": \"test.Fine\"").doesNotContain("test.Broken");
    }
}
