package io.modeldoc.processor.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import io.modeldoc.processor.sql.Dialect;
import io.modeldoc.processor.sql.Dialects;
import io.modeldoc.processor.sql.ReadableConstraintNamer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Statement order and script layout, without a database. */
class MigrationPlannerTest {

    private static MigrationFiles.Pair plan(String caseName, String dialectName) {
        MigrationCorpus.Case corpusCase = MigrationCorpusCases.named(caseName);
        Dialect dialect = Dialects.named(dialectName);
        return MigrationFiles.plan(corpusCase.baseline(), corpusCase.changed(), dialect, new ReadableConstraintNamer(dialect));
    }

    @Test
    void foreignKeysAreDroppedFirstAndAddedLastAroundRenamesAndNewTables() {
        List<String> statements = plan("many at once", "postgresql").forward().statements();

        assertThat(statements).containsExactly(
                "alter table if exists purchase drop constraint fk_purchase_customer_id",
                "alter table if exists customer drop constraint uk_customer_email",
                "alter table customer rename to client",
                "alter table if exists client rename column name to full_name",
                "create sequence shipment_seq start with 1 increment by 50",
                "create table shipment (\n    id bigint not null,\n    purchase_id bigint not null,\n    carrier varchar(40),\n"
                        + "    primary key (id),\n    constraint uk_shipment_carrier_purchase_id unique (carrier, purchase_id)\n)",
                "create index idx_shipment_carrier on shipment (carrier desc)",
                "alter table if exists client add column phone varchar(30)",
                "alter table if exists client alter column full_name type varchar(150)",
                "alter table if exists purchase alter column total type numeric(14,2) using total::numeric(14,2)",
                "alter table if exists client add constraint uk_client_email unique (email)",
                "alter table if exists client drop column legacy_code",
                "drop sequence if exists purchase_seq",
                "alter table if exists purchase add constraint fk_purchase_customer_id foreign key (customer_id) references client",
                "alter table if exists shipment add constraint fk_shipment_purchase_id foreign key (purchase_id) references purchase");
    }

    @Test
    void theRollbackUndoesInTheSameOrderOfPhases() {
        List<String> statements = plan("add table", "postgresql").rollback().statements();

        assertThat(statements).containsExactly(
                "alter table if exists shipment drop constraint fk_shipment_purchase_id",
                "drop table if exists shipment");
    }

    @Test
    void postgresqlRunsInOneTransactionAndMariaDbSaysItCannot() {
        MigrationFiles files = new MigrationFiles("7", "wider", MigrationStyle.PLAIN);
        String postgresql = files.render(plan("widen varchar", "postgresql")).get("migrations/postgresql/migration_7_wider.sql");
        String mariadb = files.render(plan("widen varchar", "mariadb")).get("migrations/mariadb/migration_7_wider.sql");

        assertThat(postgresql).contains("\nstart transaction;\n\nalter table if exists customer alter column name type varchar(200)")
                .endsWith(";\n\ncommit;\n");
        assertThat(mariadb).contains("-- DDL is not transactional on mariadb")
                .contains("alter table if exists customer modify column name varchar(200) not null;\n")
                .doesNotContain("start transaction");
    }

    @Test
    void anUnchangedModelSaysSo() {
        String script = new MigrationFiles("1", "none", MigrationStyle.PLAIN).render(plan("no change", "h2")).get("migrations/h2/migration_1_none.sql");

        assertThat(script).endsWith("-- Nothing changed since the baseline.\n");
    }
}
