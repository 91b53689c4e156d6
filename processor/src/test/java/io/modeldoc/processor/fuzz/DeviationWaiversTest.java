package io.modeldoc.processor.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.modeldoc.processor.parity.ParityDialect;
import org.junit.jupiter.api.Test;

/** The two deviations that waive facts waive exactly those, and nothing near them. */
class DeviationWaiversTest {

    @Test
    void aPrimaryKeyInAnotherColumnOrderIsTheCollectionTableDeviation() {
        assertThat(AcceptedDeviations.explaining(ParityDialect.H2, changed("pk users_roles(role_id, user_id)",
                "pk users_roles(user_id, role_id)"))).map(AcceptedDeviations.Deviation::anchor)
                .contains("#primary-keys-of-collection-tables");
        assertThat(AcceptedDeviations.explaining(ParityDialect.H2, changed("pk users_roles(role_id, user_id)",
                "pk users_roles(user_id)"))).isEmpty();
    }

    @Test
    void aLargerLobIsAcceptedOnMySqlAndMariaDbOnly() {
        Difference lob = changed("column letter.body type=tinytext nullable=true length=255",
                "column letter.body type=longtext nullable=true length=4294967295");
        assertThat(AcceptedDeviations.explaining(ParityDialect.MARIADB, lob)).map(AcceptedDeviations.Deviation::anchor)
                .contains("#large-objects-on-mysql-and-mariadb");
        assertThat(AcceptedDeviations.explaining(ParityDialect.MYSQL, lob)).isPresent();
        assertThat(AcceptedDeviations.explaining(ParityDialect.H2, lob)).isEmpty();
        assertThat(AcceptedDeviations.explaining(ParityDialect.MARIADB, changed(
                "column letter.body type=tinytext nullable=true length=255",
                "column letter.body type=longtext nullable=false length=4294967295"))).isEmpty();
    }

    private static Difference changed(String theirs, String ours) {
        return new Difference("h2", Difference.Kind.CHANGED, theirs + "\n" + ours);
    }
}
