package io.modeldoc.processor.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.modeldoc.processor.support.Fixtures;
import io.modeldoc.processor.support.Outputs;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Older applications use javax.persistence and javax.validation: their entities give the same outputs as the jakarta twins. */
class JavaxTwinTest {

    @Test
    void javaxEntitiesGiveTheSameOutputsAsTheirJakartaTwins() {
        List<JavaFileObject> jakarta = Fixtures.sources("bookshop");
        List<JavaFileObject> javax = jakarta.stream().map(JavaxTwinTest::javaxTwin).toList();

        Compilation modern = Fixtures.compile(jakarta, "modeldoc.dialects=postgresql,h2", "modeldoc.lint=off");
        Compilation older = Fixtures.compile(javax, "modeldoc.dialects=postgresql,h2", "modeldoc.lint=off");

        assertThat(older).succeededWithoutWarnings();
        assertThat(javax.stream().map(Fixtures::text)).anyMatch(text -> text.contains("import javax.persistence.Entity;"))
                .noneMatch(text -> text.contains("jakarta."));
        assertThat(Outputs.of(older)).isEqualTo(Outputs.of(modern));
    }

    private static JavaFileObject javaxTwin(JavaFileObject source) {
        String text = Fixtures.text(source).replace("jakarta.persistence", "javax.persistence")
                .replace("jakarta.validation", "javax.validation");
        String path = source.toUri().getPath();
        String name = path.substring(path.indexOf("/bookshop/") + "/bookshop/".length(), path.length() - ".java".length());
        return JavaFileObjects.forSourceString(name.replace('/', '.'), text);
    }
}
