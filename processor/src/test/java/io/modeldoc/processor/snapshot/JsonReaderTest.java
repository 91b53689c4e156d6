package io.modeldoc.processor.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReaderTest {

    @Test
    void stringsWithAndWithoutEscapesReadAsWritten() {
        assertThat(JsonReader.read("[\"plain\", \"\", \"a\\\"b\", \"tab\\tnew\\nline\", \"\\u00e9t\\u00e9\", \"back\\\\slash\"]"))
                .isEqualTo(List.of("plain", "", "a\"b", "tab\tnew\nline", "été", "back\\slash"));
    }

    @Test
    void everyValueKindReadsBack() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("a", 1L);
        expected.put("b", -2.5);
        expected.put("c", true);
        expected.put("d", null);
        expected.put("e", Map.of());
        expected.put("f", List.of());

        assertThat(JsonReader.read("{\"a\": 1, \"b\": -2.5, \"c\": true, \"d\": null, \"e\": {}, \"f\": []}")).isEqualTo(expected);
    }

    @Test
    void anUnterminatedStringIsAnErrorWithItsPlace() {
        assertThatThrownBy(() -> JsonReader.read("[\"open")).hasMessage("unterminated string at character 6");
        assertThatThrownBy(() -> JsonReader.read("[\"open\\")).hasMessage("unterminated string at character 7");
    }
}
