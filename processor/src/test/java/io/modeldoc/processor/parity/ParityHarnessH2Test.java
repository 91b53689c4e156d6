package io.modeldoc.processor.parity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The harness on embedded H2, in the default build: no server needed. */
class ParityHarnessH2Test {

    static Stream<Arguments> modelsAndSettings() {
        ParitySettings h2 = ParitySettings.defaults("h2");
        return ParityHarness.MODELS.stream().flatMap(model -> Stream.of(
                Arguments.of(model, h2),
                Arguments.of(model, h2.withNaming(NamingMode.SNAKE_CASE)),
                Arguments.of(model, h2.withValidationDdl(false))));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("modelsAndSettings")
    void hibernatesOwnScriptHasFullParity(String model, ParitySettings settings) {
        AlteredScripts.assertSelfParity(model, settings);
    }

    @Test
    void anAlteredScriptReportsEachDifference() {
        ParityReport report = AlteredScripts.assertAlterationsReported(ParitySettings.defaults("h2"));

        // H2 indexes foreign-key columns itself: the dropped key takes its index along, the dropped unique leaves one.
        assertThat(report.missing()).contains("index orderline(product_id)");
        assertThat(report.extra()).contains("index customer(profile_id)");
    }

    @Test
    void theCatalogHoldsTheFactsHibernateWrote() {
        Catalog catalog = ParityHarness.model("basics").hibernateCatalog(ParitySettings.defaults("h2"));

        assertThat(catalog.facts()).contains(
                "table text_values",
                "pk text_values(id)",
                "column text_values.code type=character varying nullable=true length=120",
                "column text_values.statusshort type=enum('ACTIVE','CLOSED','NEW') nullable=false",
                "column numbers.amount type=numeric nullable=true precision=10 scale=3",
                "column times.localdatetime type=timestamp nullable=true fraction=6",
                "unique text_values(code)",
                "unique text_values(email)",
                "sequence text_values_seq start=1 increment=50",
                // The two ORDINAL enums; STRING enums are native enum columns on H2, with no check.
                "checks text_values=2");
        assertThat(catalog.facts()).noneMatch(fact -> fact.startsWith("unique text_values(id)"));
    }

    @Test
    void aStatementThatFailsNamesItselfAndTheDatabase() {
        assertThatThrownBy(() -> ParityHarness.model("basics").compare(ParitySettings.defaults("h2"),
                "create table ok (id bigint);\ncreate table broken (id nosuchtype);\n"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ModelDoc's h2 script for basics: statement 2 of 2 fails on jdbc:h2:mem:parity_")
                .hasMessageContaining("create table broken (id nosuchtype)");
    }
}
