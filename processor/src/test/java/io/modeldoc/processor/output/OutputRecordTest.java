package io.modeldoc.processor.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.modeldoc.processor.diag.Message;
import io.modeldoc.processor.diag.Origin;
import io.modeldoc.processor.diag.Problem;
import java.util.List;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OutputRecordTest {

    private static final Map<String, String> FILES = Map.of("schema-h2.sql", "create table t (id bigint);\n",
            "migrations/h2/migration_1_update.sql", "alter table t add column é integer;\n");

    @Test
    void theRecordReadsBackAsWrittenWarningsWithLineBreaksAndBackslashesIncluded() {
        OutputRecord record = OutputRecord.of("abc123", List.of("first\nsecond \\n third\r", "plain"), FILES);

        assertThat(OutputRecord.parse(record.text())).contains(record);
        assertThat(record.text().lines()).hasSize(1 + 1 + 2 + 2);
    }

    @Test
    void theSourcesAndTheProblemsReadBackAsWrittenWithTheirArgumentTypes() {
        Problem sizes = Problem.of(Message.SIZE_MIN_ABOVE_MAX, new Origin("shop.Item", "name", "tab\there"), "Item.name", 5, 2L);
        Problem plain = Problem.of(Message.UNDOCUMENTED_ENTITY, Origin.of("shop.Item"), "shop.Item");
        OutputRecord record = OutputRecord.of("abc123", List.of(), ResourceWriter.utf8(FILES),
                new OutputRecord.Sources(Map.of("shop.Item", ReadDigest.of("item"), "shop.Order", "0f"), "shop", true, "12@34"),
                List.of(OutputRecord.Recorded.of(OutputRecord.Group.REPORTED, sizes),
                        OutputRecord.Recorded.of(OutputRecord.Group.DOCUMENTATION, plain)));

        OutputRecord read = OutputRecord.parse(record.text()).orElseThrow();

        assertThat(read).isEqualTo(record);
        assertThat(read.problems().get(0).problem()).contains(sizes);
        assertThat(read.problems().get(0).type()).isEqualTo("shop.Item");
        assertThat(read.problems().get(1).problem()).contains(plain);
        Problem back = read.problems().get(0).problem().orElseThrow();
        assertThat(back.message().format(back.args().toArray())).isEqualTo(sizes.message().format(sizes.args().toArray()));
        OutputRecord stamped = record.withStamps(Map.of("modeldoc/schema-h2.sql", OutputRecord.stamp(27, 1_700_000_000_000L)));
        assertThat(OutputRecord.parse(stamped.text())).contains(stamped);
        assertThat(ReadDigest.of("item")).isEqualTo(ReadDigest.of("item")).isNotEqualTo(ReadDigest.of("item "));
    }

    @Test
    void aRecordWithoutSourcesKnowsNoneAndOneWithAnEmptySchemaPackageKeepsIt() {
        assertThat(OutputRecord.parse(OutputRecord.of("abc123", List.of(), FILES).text()).orElseThrow().sources())
                .isSameAs(OutputRecord.Sources.UNKNOWN);
        OutputRecord.Sources sources = new OutputRecord.Sources(Map.of("Item", "0a"), "", false, "");
        assertThat(OutputRecord.parse(OutputRecord.of("abc123", List.of(), ResourceWriter.utf8(FILES), sources, List.of()).text()).orElseThrow()
                .sources()).isEqualTo(sources);
    }

    @Test
    void theFilesMatchOnlyWithTheSameNamesAndTheSameText() {
        OutputRecord record = OutputRecord.of("abc123", List.of(), FILES);

        assertThat(record.matches(FILES)).isTrue();
        assertThat(record.matches(Map.of("schema-h2.sql", "create table t (id bigint);\n"))).as("a file missing").isFalse();
        assertThat(record.matches(Map.of("schema-h2.sql", "create table t (id bigint);\n",
                "migrations/h2/migration_1_update.sql", "alter table t add column e integer;\n"))).as("one character").isFalse();
    }

    @Test
    void aDamagedOrForeignTextIsNoRecord() {
        String text = OutputRecord.of("abc123", List.of(), FILES).text();

        assertThat(OutputRecord.parse(text.substring(0, text.length() - 1))).as("cut short").isEmpty();
        assertThat(OutputRecord.parse(text.replace("file ", "fil "))).as("unknown line").isEmpty();
        assertThat(OutputRecord.parse(text.lines().skip(1).map(l -> l + "\n").reduce("", String::concat))).as("no header").isEmpty();
        assertThat(OutputRecord.parse("")).isEmpty();
    }
}
