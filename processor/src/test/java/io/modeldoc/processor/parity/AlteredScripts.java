package io.modeldoc.processor.parity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The harness's own checks, shared by the H2 tests and the server tests: Hibernate's script fed back as
 * "ours" must give full parity, and a deliberately altered copy must give exactly the differences made.
 */
final class AlteredScripts {

    private AlteredScripts() {
    }

    /** Hibernate's script against itself: every fact matched, nothing extra. */
    static ParityReport assertSelfParity(String model, ParitySettings settings) {
        ParityHarness harness = ParityHarness.model(model);
        ParityReport report = harness.compare(settings, harness.hibernateScript(settings), true);
        report.assertFullParity();
        assertThat(report.total()).isPositive();
        assertThat(report.summary()).endsWith(": " + report.total() + "/" + report.total() + " (100.0 %), 0 extra");
        return report;
    }

    /**
     * Alters Hibernate's {@code associations} script in five ways and checks the report names each change.
     * Index facts are compared apart: H2 and MariaDB add or drop their implicit foreign-key indexes along.
     */
    static ParityReport assertAlterationsReported(ParitySettings settings) {
        ParityHarness harness = ParityHarness.model("associations");
        String script = harness.hibernateScript(settings);
        boolean sequences = script.contains("create sequence profile_seq");

        String altered = replace(script, "quantity integer not null", "quantity integer");
        altered = replace(altered, "title varchar(255)", "title varchar(100)");
        altered = dropLine(altered, "OrderLine add constraint", "foreign key (product_id)");
        altered = altered.contains("profile_id bigint unique")
                ? replace(altered, "profile_id bigint unique", "profile_id bigint")
                : dropLine(altered, "unique (profile_id)");
        if (sequences) {
            altered = replace(altered, "profile_seq start with 100 increment by 10", "profile_seq start with 100 increment by 5");
        }
        altered += "create index parity_extra on OrderLine (quantity);\n";

        ParityReport report = harness.compare(settings, altered);

        Set<String> missing = new TreeSet<>(Set.of(
                "fk orderline(product_id) -> product(id)",
                "unique customer(profile_id)"));
        Set<String> extra = new TreeSet<>();
        String quantity = only(report.missing(), "column orderline.quantity ");
        assertThat(quantity).contains("nullable=false");
        assertThat(only(report.extra(), "column orderline.quantity ")).isEqualTo(quantity.replace("nullable=false", "nullable=true"));
        String title = only(report.missing(), "column product.title ");
        assertThat(title).contains("length=255");
        assertThat(only(report.extra(), "column product.title ")).isEqualTo(title.replace("length=255", "length=100"));
        missing.add(quantity);
        missing.add(title);
        extra.add(quantity.replace("nullable=false", "nullable=true"));
        extra.add(title.replace("length=255", "length=100"));
        if (sequences) {
            missing.add("sequence profile_seq start=100 increment=10");
            extra.add("sequence profile_seq start=100 increment=5");
        }

        assertThat(withoutIndexes(report.missing())).containsExactlyElementsOf(missing);
        assertThat(withoutIndexes(report.extra())).containsExactlyElementsOf(extra);
        assertThat(report.extra()).contains("index orderline(quantity)");
        assertThat(report.isFullParity()).isFalse();
        assertThat(report.matched()).isEqualTo(report.total() - report.missing().size());
        assertThat(report.diff())
                .startsWith(report.summary())
                .contains("  - fk orderline(product_id) -> product(id)")
                .contains("  + index orderline(quantity)")
                .contains("  ~ column product.title");
        return report;
    }

    private static Set<String> withoutIndexes(Set<String> facts) {
        return facts.stream().filter(f -> !f.startsWith("index ")).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String only(Set<String> facts, String prefix) {
        return facts.stream().filter(f -> f.startsWith(prefix)).collect(Collectors.collectingAndThen(
                Collectors.toList(), list -> {
                    assertThat(list).as("facts starting with '%s' in %s", prefix, facts).hasSize(1);
                    return list.get(0);
                }));
    }

    private static String replace(String script, String from, String to) {
        assertThat(script).as("the script to alter").contains(from);
        return script.replace(from, to);
    }

    /** Drops the one line that contains every part. */
    private static String dropLine(String script, String... parts) {
        List<String> lines = script.lines().toList();
        List<String> kept = lines.stream().filter(line -> !Arrays.stream(parts).allMatch(line::contains)).toList();
        assertThat(lines.size() - kept.size()).as("lines of the script to alter containing %s", Arrays.toString(parts))
                .isEqualTo(1);
        return kept.stream().map(line -> line + "\n").collect(Collectors.joining());
    }
}
