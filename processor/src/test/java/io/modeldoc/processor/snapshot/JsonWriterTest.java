package io.modeldoc.processor.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    record Point(String name, int y, Integer x, List<String> tags) {
    }

    @Test
    void writesRecordsWithSortedKeysAndTwoSpaceIndentation() {
        String json = JsonWriter.write(Map.of("b", new Point("p", 2, 3, List.of("t")), "a", List.of()));

        assertThat(json).isEqualTo("""
                {
                  "a": [],
                  "b": {
                    "name": "p",
                    "tags": [
                      "t"
                    ],
                    "x": 3,
                    "y": 2
                  }
                }
                """);
    }

    @Test
    void leavesOutRecordComponentsAtTheirEmptyValue() {
        String json = JsonWriter.write(List.of(new Point("", 0, null, List.of()), new Point("p", 0, 0, List.of())));

        assertThat(json).isEqualTo("""
                [
                  {},
                  {
                    "name": "p"
                  }
                ]
                """);
    }

    @Test
    void escapesEverythingJsonRequires() {
        assertThat(JsonWriter.write("q\"b\\n\nt\tc\u0001 é"))
                .isEqualTo("\"q\\\"b\\\\n\\nt\\tc\\u0001 é\"\n");
    }
}
