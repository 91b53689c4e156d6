package io.modeldoc.processor.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Shapes carry no names or counts, so a smaller model can show the same one. */
class DifferenceTest {

    @Test
    void aChangedColumnShowsWhichPropertiesDiffer() {
        Difference difference = new Difference("h2", Difference.Kind.CHANGED,
                "column s7_order3.amount9 type=integer nullable=false\ncolumn s7_order3.amount9 type=integer nullable=true");

        assertThat(difference.shape()).isEqualTo("h2 ~column nullable=false|true");
    }

    @Test
    void aChangedCheckCountShowsOnlyTheDirection() {
        assertThat(new Difference("mysql", Difference.Kind.CHANGED, "checks s27_order2=2\nchecks s27_order2=1").shape())
                .isEqualTo("mysql ~checks fewer");
    }

    @Test
    void missingAndExtraFactsShowTheirKind() {
        assertThat(new Difference("h2", Difference.Kind.MISSING, "fk s8_t(a) -> s8_u(id)").shape()).isEqualTo("h2 -fk");
        assertThat(new Difference("h2", Difference.Kind.EXTRA, "index s8_t(a)").shape()).isEqualTo("h2 +index");
    }

    @Test
    void failuresShowTheMessageWithoutNames() {
        assertThat(new Difference("h2", Difference.Kind.SCRIPT_FAILS, "ModelDoc's h2 script: statement 2 of 2 fails on"
                + " jdbc:h2:mem:parity_5c;DB_CLOSE_DELAY=-1: Table \"S13_ORDER1\" not found; SQL statement:\nalter table")
                .shape()).isEqualTo("h2 script fails: Table ? not found");
        assertThat(new Difference("compile", Difference.Kind.ERROR, "/fuzz/s26/S26Order9.java:6: [modeldoc:composite-id] Entity")
                .shape()).isEqualTo("compile error composite-id");
    }

    @Test
    void aServerFailureShowsNoConnectionNumber() {
        assertThat(new Difference("mariadb", Difference.Kind.HIBERNATE_FAILS, "Hibernate's mariadb script: statement 8 of 10"
                + " fails on jdbc:mariadb://127.0.0.1:3306/parity_9a: (conn=2412) Duplicate key name 'IDXraoq'\n  alter table t")
                .shape()).isEqualTo("mariadb hibernate's script fails: Duplicate key name ?");
    }
}
