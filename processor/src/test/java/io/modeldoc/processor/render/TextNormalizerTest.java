package io.modeldoc.processor.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void unifiesLineEndsTrimsTrailingBlanksAndEndsWithOneNewline() {
        assertThat(TextNormalizer.normalize("\n\na  \r\nb\t\r\n\n\n\nc\n\n\n")).isEqualTo("a\nb\n\nc\n");
    }

    @Test
    void keepsIndentation() {
        assertThat(TextNormalizer.normalize("x (\n    y\n)")).isEqualTo("x (\n    y\n)\n");
    }

    @Test
    void readsALoneCarriageReturnAsALineEnd() {
        assertThat(TextNormalizer.normalize("a\rb \r\r\rc")).isEqualTo("a\nb\n\nc\n");
    }

    @Test
    void leavesNothingOfBlankText() {
        assertThat(TextNormalizer.normalize("")).isEmpty();
        assertThat(TextNormalizer.normalize(" \n\t\r\n")).isEmpty();
    }
}
