package io.modeldoc.processor.javagen;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.modeldoc.processor.support.Fixtures;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code modeldoc.constants}: the per-entity classes are written only when asked for; ModelDocSchema always. */
class ConstantsOptionTest {

    private static final List<JavaFileObject> SOURCES = List.of(JavaFileObjects.forSourceString("test.Parcel", """
            package test;

            import jakarta.persistence.*;

            /** A parcel. */
            @Entity
            public class Parcel {
                @Id Long id;
                /** Its weight. */
                int grams;
            }
            """));

    @Test
    void byDefaultNoEntityClassIsWritten() {
        Compilation compilation = Fixtures.compile(SOURCES);

        assertThat(compilation).succeeded();
        assertThat(compilation).generatedSourceFile("test.ModelDocSchema");
        assertThat(compilation.generatedSourceFiles()).extracting(JavaFileObject::getName)
                .noneMatch(name -> name.endsWith("ParcelTable.java"));
    }

    @Test
    void entityWritesOneClassOfNamesPerEntity() {
        Compilation compilation = Fixtures.compile(SOURCES, "modeldoc.constants=entity");

        assertThat(compilation).succeeded();
        assertThat(Fixtures.text(compilation.generatedSourceFile("test.ParcelTable").orElseThrow()))
                .contains("public static final String TABLE = \"Parcel\";")
                .contains("public static final String GRAMS = \"grams\";");
    }

    @Test
    void anotherValueIsAnErrorNamingTheAcceptedOnes() {
        Compilation compilation = Fixtures.compile(SOURCES, "modeldoc.constants=feature");

        assertThat(compilation).hadErrorContaining("-Amodeldoc.constants");
        assertThat(compilation).hadErrorContaining("none, entity");
    }
}
