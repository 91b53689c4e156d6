package io.modeldoc.processor.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.modeldoc.processor.parity.ParityDialect;
import org.junit.jupiter.api.Test;

/** The deviations that waive facts or a failing Hibernate script waive exactly those, and nothing near them. */
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

    @Test
    void hibernatesLongCharColumnFailingIsAcceptedOnMySqlAndMariaDbOnly() {
        Difference tooLong = hibernateFails("Hibernate's mariadb script: statement 2 of 3 fails on jdbc:mariadb://127.0.0.1:3306/p:"
                + " (conn=7) Column length too big for column 'weight' (max = 16383); use BLOB or TEXT instead\n"
                + "  create table party (id varchar(255) not null, weight varchar(32600), primary key (id)) engine=InnoDB");
        assertThat(AcceptedDeviations.explaining(ParityDialect.MARIADB, tooLong)).map(AcceptedDeviations.Deviation::anchor)
                .contains("#character-columns-longer-than-a-varchar-on-mysql-and-mariadb");
        assertThat(AcceptedDeviations.explaining(ParityDialect.MYSQL, tooLong)).isPresent();
        assertThat(AcceptedDeviations.explaining(ParityDialect.POSTGRESQL, tooLong)).isEmpty();
        assertThat(AcceptedDeviations.explaining(ParityDialect.MARIADB, new Difference("mariadb", Difference.Kind.SCRIPT_FAILS,
                tooLong.detail()))).as("ModelDoc's own script failing so is never waived").isEmpty();
    }

    @Test
    void hibernatesUniqueIndexNamedLikeItsIndexIsAcceptedOnMySqlAndMariaDbOnly() {
        Difference sameName = hibernateFails("Hibernate's mysql script: statement 3 of 3 fails on jdbc:mariadb://127.0.0.1:3306/p:"
                + " (conn=7) Duplicate key name 'IDXraoqvqlxx2jpbhxgpk3px2byh'\n"
                + "  alter table if exists asset add constraint IDXraoqvqlxx2jpbhxgpk3px2byh unique (city)");
        assertThat(AcceptedDeviations.explaining(ParityDialect.MYSQL, sameName)).map(AcceptedDeviations.Deviation::anchor)
                .contains("#names-of-generated-constraints");
        assertThat(AcceptedDeviations.explaining(ParityDialect.H2, sameName)).isEmpty();
        assertThat(AcceptedDeviations.explaining(ParityDialect.MYSQL, hibernateFails("Hibernate's mysql script: statement 3"
                + " of 3 fails on jdbc:mariadb://127.0.0.1:3306/p: (conn=7) Duplicate key name 'uk_city'\n"
                + "  alter table if exists asset add constraint uk_city unique (city)"))).as("a name the mapping gave").isEmpty();
    }

    private static Difference hibernateFails(String message) {
        return new Difference("mariadb", Difference.Kind.HIBERNATE_FAILS, message);
    }

    private static Difference changed(String theirs, String ours) {
        return new Difference("h2", Difference.Kind.CHANGED, theirs + "\n" + ours);
    }
}
