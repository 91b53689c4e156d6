package io.modeldoc.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.modeldoc.processor.support.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * In an ordinary build the model of the last round is the model of the round the entities
 * arrived in, so the outputs rendered in the background are the ones written. If this fails, the
 * processor still writes the right outputs, only later: the background work was wasted.
 */
class OutputsRenderedAheadTest {

    @Test
    void theBookshopsOutputsAreRenderedWhileJavacCompiles() {
        ModelDocProcessor processor = new ModelDocProcessor();

        Compilation compilation = Compiler.javac()
                .withProcessors(processor)
                .withOptions(List.of("-Amodeldoc.dialects=postgresql,h2"))
                .compile(Fixtures.sources("bookshop"));

        assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
        assertThat(processor.outputsRenderedAhead()).isTrue();
        assertThat(Fixtures.output(compilation, "schema-h2.sql")).contains("create table");
    }
}
