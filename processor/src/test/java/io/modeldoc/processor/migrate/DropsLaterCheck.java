package io.modeldoc.processor.migrate;

import static io.modeldoc.processor.migrate.Models.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.ForeignKey;
import io.modeldoc.processor.model.SqlType;
import io.modeldoc.processor.model.Table;
import io.modeldoc.processor.parity.CatalogReader;
import io.modeldoc.processor.parity.Databases;
import io.modeldoc.processor.parity.ParityDialect;
import io.modeldoc.processor.parity.ScratchDatabase;
import io.modeldoc.processor.sql.Dialect;
import io.modeldoc.processor.sql.Dialects;
import io.modeldoc.processor.sql.ReadableConstraintNamer;
import io.modeldoc.processor.support.ScriptStatements;
import java.util.ArrayList;
import java.util.List;

/**
 * Expand/contract on a database: a NOT NULL column and a table are dropped with {@code modeldoc.migration.drops=later}.
 * The migration keeps both, the column made nullable, so that a row of the new release goes in without it; the drops
 * script then reaches today's catalog, and each script's undoing reaches the catalog before it.
 */
final class DropsLaterCheck {

    private DropsLaterCheck() {
    }

    /** Today's model: the customer without its legacy code, and no audit table. */
    static DataModel current() {
        return editTable(baseline(), "customer", t -> editColumn(t, "legacy_code", c -> null));
    }

    /** The baseline: the customer with a NOT NULL legacy code, and an audit table referring to it. */
    static DataModel old() {
        Table audit = table("audit_entry", List.of(id(), column("customer_id", SqlType.BIGINT, 0, false),
                column("what", SqlType.VARCHAR, 80, false)), List.of(new ForeignKey("", List.of("customer_id"), "customer",
                List.of("id"))), List.of(), List.of(), List.of());
        List<Table> tables = new ArrayList<>(editTable(baseline(), "customer", t -> editColumn(t, "legacy_code",
                c -> nullable(c, false))).tables());
        tables.add(audit);
        return model(tables, current().sequences());
    }

    static void verify(String dialectName) {
        DataModel current = current();
        DataModel old = old();
        Dialect dialect = Dialects.named(dialectName);
        ReadableConstraintNamer namer = new ReadableConstraintNamer(dialect);
        MigrationFiles.Pair pair = MigrationFiles.plan(old, current, dialect, namer, true);
        String forward = MigrationScript.render(pair.forward(), "Migration");
        assertThat(forward).doesNotContain("drop column", "drop table");
        assertThat(pair.drops().losses().stream().map(DataLoss::words)).containsExactly("column customer.legacy_code is dropped with its values",
                "table audit_entry is dropped with all its rows");
        DataModel between = ExpandContract.intermediate(old, current, Renames.declaredBy(current));
        ParityDialect parity = ParityDialect.of(dialectName);
        try (ScratchDatabase db = Databases.fresh(parity)) {
            db.run(MigrationHarness.create(old, dialect, namer), "baseline");
            db.run(MigrationHarness.RowFiller.inserts(old, dialect), "rows");
            db.run(ScriptStatements.split(forward), "migration\n" + forward);
            assertThat(CatalogReader.read(db).facts()).as("after the migration").containsExactlyElementsOf(facts(parity, between, dialect, namer));
            db.run(List.of("insert into customer (id, name, status) values (2, 'new release', 'ACTIVE')"), "a row of the new release");
            String drops = MigrationScript.render(pair.drops(), "Drops");
            db.run(ScriptStatements.split(drops), "drops\n" + drops);
            assertThat(CatalogReader.read(db).facts()).as("after the drops").containsExactlyElementsOf(facts(parity, current, dialect, namer));
            db.run(ScriptStatements.split(MigrationScript.render(pair.dropsRollback(), "Undo")), "undoing the drops");
            assertThat(CatalogReader.read(db).facts()).as("after undoing the drops")
                    .containsExactlyElementsOf(facts(parity, between, dialect, namer));
        }
        try (ScratchDatabase db = Databases.fresh(parity)) {
            db.run(MigrationHarness.create(old, dialect, namer), "baseline");
            db.run(MigrationHarness.RowFiller.inserts(old, dialect), "rows");
            db.run(ScriptStatements.split(forward), "migration");
            db.run(ScriptStatements.split(MigrationScript.render(pair.rollback(), "Rollback")), "rollback");
            assertThat(CatalogReader.read(db).facts()).as("after the rollback").containsExactlyElementsOf(facts(parity, old, dialect, namer));
        }
    }

    static List<String> facts(ParityDialect parity, DataModel model, Dialect dialect, ReadableConstraintNamer namer) {
        try (ScratchDatabase fresh = Databases.fresh(parity)) {
            fresh.run(MigrationHarness.create(model, dialect, namer), "fresh schema");
            return List.copyOf(CatalogReader.read(fresh).facts());
        }
    }
}
