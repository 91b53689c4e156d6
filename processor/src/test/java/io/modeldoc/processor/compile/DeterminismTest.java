package io.modeldoc.processor.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.modeldoc.processor.support.Fixtures;
import io.modeldoc.processor.support.Outputs;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Same sources, same bytes: whatever order javac is given the files in. */
class DeterminismTest {

    private static final String[] OPTIONS = {"modeldoc.dialects=postgresql,mysql,mariadb,h2", "modeldoc.lint=off"};

    @Test
    void reversedSourceOrderGivesByteIdenticalOutputs() {
        List<JavaFileObject> sources = new ArrayList<>(Fixtures.sources("bookshop"));
        sources.addAll(Fixtures.sources("parity/basics"));
        Compilation forward = Fixtures.compile(sources, OPTIONS);
        List<JavaFileObject> reversed = new ArrayList<>(sources);
        Collections.reverse(reversed);
        Compilation backward = Fixtures.compile(reversed, OPTIONS);

        assertThat(forward).succeededWithoutWarnings();
        Map<String, String> expected = Outputs.of(forward);
        assertThat(expected).containsKeys("/modeldoc/model.json", "/modeldoc/schema-h2.sql", "/modeldoc/index.md");
        assertThat(Outputs.of(backward)).isEqualTo(expected);
    }

    @Test
    void outputsHoldNoTimestampsOrAbsolutePaths() {
        Map<String, String> outputs = Outputs.of(Fixtures.compile(Fixtures.sources("bookshop"), OPTIONS));

        String everything = String.join("\n", outputs.values());
        assertThat(everything).doesNotContainPattern("20\\d\\d-\\d\\d-\\d\\dT\\d\\d:")
                .doesNotContain(System.getProperty("user.dir"))
                .doesNotContain(System.getProperty("java.io.tmpdir") + "/")
                .doesNotContain("\r");
    }
}
