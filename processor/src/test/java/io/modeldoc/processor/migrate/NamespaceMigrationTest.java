package io.modeldoc.processor.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.Namespace;
import io.modeldoc.processor.sql.Dialect;
import io.modeldoc.processor.sql.Dialects;
import io.modeldoc.processor.sql.ReadableConstraintNamer;
import org.junit.jupiter.api.Test;

/**
 * Tables match by name whatever their schema: a table moved to another schema keeps its rows (no drop and
 * create), and what the migration cannot script about namespaces is a warning.
 */
class NamespaceMigrationTest {

    private static Migration forward(DataModel from, DataModel to, String dialectName) {
        Dialect dialect = Dialects.named(dialectName);
        return MigrationFiles.plan(from, to, dialect, new ReadableConstraintNamer(dialect)).forward();
    }

    @Test
    void aTableMovedToAnotherSchemaIsKeptAndTheMoveIsAWarning() {
        DataModel baseline = Models.baseline();
        DataModel moved = Models.editTable(baseline, "customer", t -> t.in(Namespace.of("", "crm")));

        Migration migration = forward(baseline, moved, "postgresql");

        assertThat(migration.statements()).noneMatch(s -> s.startsWith("drop table") || s.startsWith("create table"));
        assertThat(migration.warnings()).singleElement().asString()
                .contains("table customer moved from customer to crm.customer; the migration does not move it");
    }

    @Test
    void aSchemaMySqlDoesNotWriteIsNoMove() {
        DataModel baseline = Models.baseline();
        DataModel moved = Models.editTable(baseline, "customer", t -> t.in(Namespace.of("", "crm")));

        assertThat(forward(baseline, moved, "mysql").warnings()).isEmpty();
    }

    @Test
    void changesToATableInASchemaSayTheyAreUnqualified() {
        DataModel baseline = Models.editTable(Models.baseline(), "customer", t -> t.in(Namespace.of("", "crm")));
        DataModel changed = Models.editTable(baseline, "customer",
                t -> Models.editColumn(t, "legacy_code", c -> null).in(t.namespace()));

        Migration migration = forward(baseline, changed, "postgresql");

        assertThat(migration.statements()).contains("alter table if exists customer drop column legacy_code");
        assertThat(migration.warnings()).singleElement().asString()
                .contains("the statements changing table crm.customer name it without its schema or catalog");
    }
}
