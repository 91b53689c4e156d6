package io.modeldoc.processor.parity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParityReportTest {

    private static final Catalog HIBERNATE = Catalog.of(List.of(
            "table orders",
            "column orders.id type=bigint nullable=false",
            "column orders.note type=varchar nullable=true length=255",
            "pk orders(id)",
            "fk orders(customer_id) -> customer(id)",
            "sequence orders_seq start=1 increment=50",
            "checks orders=1"));

    @Test
    void identicalCatalogsAreFullParity() {
        ParityReport report = new ParityReport("shop", ParitySettings.defaults("h2"), HIBERNATE, HIBERNATE);

        assertThat(report.isFullParity()).isTrue();
        assertThat(report.summary()).isEqualTo("parity h2 shop: 7/7 (100.0 %), 0 extra");
        assertThat(report.diff()).isEqualTo(report.summary());
        report.assertFullParity();
    }

    @Test
    void countsMatchedMissingAndExtraFactsAndPairsThemBySubject() {
        Catalog ours = Catalog.of(List.of(
                "table orders",
                "column orders.id type=bigint nullable=false",
                "column orders.note type=varchar nullable=true length=100",
                "pk orders(id)",
                "index orders(customer_id)",
                "sequence orders_seq start=1 increment=1",
                "checks orders=1"));
        ParitySettings settings = ParitySettings.of("postgresql", "snake_case", false);

        ParityReport report = new ParityReport("shop", settings, HIBERNATE, ours);

        assertThat(report.matched()).isEqualTo(4);
        assertThat(report.total()).isEqualTo(7);
        assertThat(report.missing()).containsExactly(
                "column orders.note type=varchar nullable=true length=255",
                "fk orders(customer_id) -> customer(id)",
                "sequence orders_seq start=1 increment=50");
        assertThat(report.extra()).containsExactly(
                "column orders.note type=varchar nullable=true length=100",
                "index orders(customer_id)",
                "sequence orders_seq start=1 increment=1");
        assertThat(report.summary())
                .isEqualTo("parity postgresql snake_case validationDdl=off shop: 4/7 (57.1 %), 3 extra");
        assertThat(report.diff()).isEqualTo("""
                parity postgresql snake_case validationDdl=off shop: 4/7 (57.1 %), 3 extra
                  (- Hibernate only, + ours only, ~ different)
                  ~ column orders.note
                      hibernate: type=varchar nullable=true length=255
                      ours:      type=varchar nullable=true length=100
                  - fk orders(customer_id) -> customer(id)
                  + index orders(customer_id)
                  ~ sequence orders_seq
                      hibernate: start=1 increment=50
                      ours:      start=1 increment=1""");
        assertThatThrownBy(report::assertFullParity).isInstanceOf(AssertionError.class).hasMessage(report.diff());
    }

    @Test
    void extraFactsAloneBreakParityButNotTheFigure() {
        List<String> facts = new ArrayList<>(HIBERNATE.facts());
        facts.add("index orders(note)");
        Catalog more = Catalog.of(facts);

        ParityReport report = new ParityReport("shop", ParitySettings.defaults("mariadb"), HIBERNATE, more);

        assertThat(report.percent()).isEqualTo(100.0);
        assertThat(report.isFullParity()).isFalse();
        assertThat(report.summary()).isEqualTo("parity mariadb shop: 7/7 (100.0 %), 1 extra");
    }

    @Test
    void subjectsPairColumnsSequencesAndCheckCounts() {
        assertThat(Catalog.subject("column orders.note type=varchar nullable=true")).isEqualTo("column orders.note");
        assertThat(Catalog.subject("sequence orders_seq start=1 increment=50")).isEqualTo("sequence orders_seq");
        assertThat(Catalog.subject("checks orders=2")).isEqualTo("checks orders");
        assertThat(Catalog.subject("unique customer(email)")).isEqualTo("unique customer(email)");
    }
}
