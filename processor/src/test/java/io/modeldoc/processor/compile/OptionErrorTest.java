package io.modeldoc.processor.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.modeldoc.processor.support.Fixtures;
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
        assertThat(compilation).hadErrorContaining("[modeldoc:unknown-option] Unknown option -Amodeldoc.dialect;");
        assertThat(compilation).hadErrorContaining("modeldoc.dialects");
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
}
