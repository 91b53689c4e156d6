package io.modeldoc.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.JavaFileObjects;
import io.modeldoc.processor.support.DiskCompilation;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An unexpected exception never escapes: it becomes one ERROR on the entity being processed. */
class InternalErrorTest {

    private static final JavaFileObject BAD = JavaFileObjects.forSourceLines("test.Bad",
            "package test;",
            "import jakarta.persistence.*;",
            "/** Its reading fails. */",
            "@Entity public class Bad {",
            "  @Id private Long id;",
            "}");
    private static final JavaFileObject GOOD = JavaFileObjects.forSourceLines("test.Good",
            "package test;",
            "import jakarta.persistence.*;",
            "/** Read normally. */",
            "@Entity public class Good {",
            "  @Id private Long id;",
            "}");

    @Test
    void anInjectedFaultBecomesOneErrorOnItsEntityAndTheOthersAreDocumented(@TempDir Path folder) {
        ModelDocProcessor faulty = new ModelDocProcessor(name -> {
            if (name.equals("test.Bad")) {
                throw new IllegalStateException("injected fault");
            }
        });

        DiskCompilation compilation = DiskCompilation.compile(faulty, folder, List.of(BAD, GOOD), "modeldoc.dialects=h2");

        List<Diagnostic<? extends JavaFileObject>> errors = compilation.of(Diagnostic.Kind.ERROR);
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).getMessage(Locale.ROOT)).isEqualTo("[modeldoc:internal] ModelDoc failed unexpectedly while "
                + "processing test.Bad: IllegalStateException: injected fault. Please report this with the entity that triggers it.");
        assertThat(errors.get(0).getSource().getName()).endsWith("Bad.java");
        assertThat(errors.get(0).getLineNumber()).isEqualTo(4);
        assertThat(compilation.output("schema-h2.sql")).contains("create table Good (").doesNotContain("Bad");
    }
}
