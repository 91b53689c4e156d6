package io.modeldoc.processor.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.modeldoc.processor.ModelDocProcessor;
import io.modeldoc.processor.support.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Entities another processor generates in a later round are documented, and every output is written once. */
class LaterRoundTest {

    private static final JavaFileObject TRIGGER = JavaFileObjects.forSourceLines("test.Trigger",
            "package test;",
            "import jakarta.persistence.*;",
            "/** Written by hand; its processor writes test.Generated. */",
            "@Entity public class Trigger {",
            "  @Id private Long id;",
            "}");

    /** Writes an entity in its first round, as Lombok-style or mapper processors do. */
    static final class EntityWriter extends AbstractProcessor {
        private boolean written;

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!written) {
                written = true;
                try (Writer out = processingEnv.getFiler().createSourceFile("test.Generated").openWriter()) {
                    out.write("package test;\n/** Generated in round one. */\n@jakarta.persistence.Entity\n"
                            + "public class Generated {\n  @jakarta.persistence.Id private Long id;\n"
                            + "  /** Points back. */ @jakarta.persistence.ManyToOne private Trigger trigger;\n}\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }

    @Test
    void generatedEntitiesAreDocumentedAndOutputsWrittenOnce() {
        Compilation compilation = Compiler.javac()
                .withProcessors(new EntityWriter(), new ModelDocProcessor())
                .withOptions("-Amodeldoc.dialects=h2", "-Amodeldoc.constants=entity")
                .compile(TRIGGER);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(Fixtures.output(compilation, "model.json")).contains("\"qualifiedName\": \"test.Generated\"");
        assertThat(Fixtures.output(compilation, "schema-h2.sql"))
                .contains("create table Generated (")
                .contains("alter table if exists Generated add constraint fk_generated_trigger_id foreign key (trigger_id) references Trigger");
        assertThat(compilation).generatedSourceFile("test.GeneratedTable");
    }
}
