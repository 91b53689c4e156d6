package io.modeldoc.processor.parity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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

    /** Found by the differential fuzzer: H2 splits a GROUP BY over its information schema into groups of one. */
    @Test
    void checksAreCountedPerTableWhateverElseTheSchemaHolds() {
        Catalog catalog = ParityHarness.catalogOf(ParityDialect.H2, List.of(
                "create table a (id varchar(255) not null, kind varchar(31) not null check ((kind in ('A','B'))),"
                        + " code varchar(255), state tinyint check ((state between 0 and 1)), primary key (id),"
                        + " constraint uk_a_code unique (code))",
                "create table b (id varchar(255) not null, kind varchar(31) not null check ((kind in ('A','B'))),"
                        + " state tinyint check ((state between 0 and 1)), primary key (id))",
                "create table c (a_id varchar(255) not null, state tinyint check ((state between 0 and 1)))"), "test");

        assertThat(catalog.facts()).contains("checks a=2", "checks b=2", "checks c=1");
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
