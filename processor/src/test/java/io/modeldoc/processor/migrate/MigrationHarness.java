package io.modeldoc.processor.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.Table;
import io.modeldoc.processor.parity.Catalog;
import io.modeldoc.processor.parity.CatalogReader;
import io.modeldoc.processor.parity.Databases;
import io.modeldoc.processor.parity.FixtureNamespaces;
import io.modeldoc.processor.parity.ParityDialect;
import io.modeldoc.processor.parity.ScratchDatabase;
import io.modeldoc.processor.sql.Dialect;
import io.modeldoc.processor.sql.Dialects;
import io.modeldoc.processor.sql.ReadableConstraintNamer;
import io.modeldoc.processor.sql.SchemaPlanner;
import io.modeldoc.processor.support.ScriptStatements;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs one corpus case on one database: baseline schema and a row per table, the migration, then
 * the catalog must equal a fresh schema of the changed model with the rows still there; the
 * rollback must bring back the baseline's catalog.
 */
final class MigrationHarness {

    private MigrationHarness() {
    }

    static void verify(MigrationCorpus.Case corpusCase, String dialectName) {
        verify(corpusCase, dialectName, FixtureNamespaces.NONE);
    }

    /**
     * The same, on a database with per-run stand-ins for {@code namespaces}, the catalogs and schemas the case's
     * tables live in (which the scripts create themselves, as the create script does).
     */
    static void verify(MigrationCorpus.Case corpusCase, String dialectName, FixtureNamespaces namespaces) {
        Dialect dialect = Dialects.named(dialectName);
        ReadableConstraintNamer namer = new ReadableConstraintNamer(dialect);
        MigrationFiles.Pair pair = MigrationFiles.plan(corpusCase.baseline(), corpusCase.changed(), dialect, namer);
        MigrationFiles files = new MigrationFiles("2", "corpus", MigrationStyle.PLAIN);
        List<String> scripts = new ArrayList<>(files.render(pair).values());
        ParityDialect server = ParityDialect.of(dialectName);
        Catalog expectedAfter = fresh(corpusCase.changed(), dialect, namer, server, namespaces);
        Catalog expectedBefore = fresh(corpusCase.baseline(), dialect, namer, server, namespaces);
        try (ScratchDatabase db = Databases.fresh(server, namespaces, false)) {
            db.run(create(corpusCase.baseline(), dialect, namer), "baseline of " + corpusCase);
            if (corpusCase.rows()) {
                db.run(RowFiller.inserts(corpusCase.baseline(), dialect), "rows of " + corpusCase);
            }
            db.run(ScriptStatements.split(scripts.get(0)), "migration of " + corpusCase + "\n" + scripts.get(0));
            assertThat(CatalogReader.read(db).facts()).as("catalog after the migration of %s:\n%s", corpusCase, scripts.get(0))
                    .containsExactlyElementsOf(expectedAfter.facts());
            if (corpusCase.rows()) {
                assertRowsKept(db, corpusCase.changed(), corpusCase.baseline(), dialect);
            }
            db.run(ScriptStatements.split(scripts.get(1)), "rollback of " + corpusCase + "\n" + scripts.get(1));
            assertThat(CatalogReader.read(db).facts()).as("catalog after the rollback of %s:\n%s", corpusCase, scripts.get(1))
                    .containsExactlyElementsOf(expectedBefore.facts());
        }
    }

    static List<String> create(DataModel model, Dialect dialect, ReadableConstraintNamer namer) {
        return new SchemaPlanner(dialect, namer).plan(model).statements().stream()
                .map(io.modeldoc.processor.sql.Statement::sql).toList();
    }

    private static Catalog fresh(DataModel model, Dialect dialect, ReadableConstraintNamer namer, ParityDialect server,
                                 FixtureNamespaces namespaces) {
        try (ScratchDatabase db = Databases.fresh(server, namespaces, false)) {
            db.run(create(model, dialect, namer), "fresh schema");
            return CatalogReader.read(db);
        }
    }

    /** Every table of the changed model that existed before still holds its one row. */
    private static void assertRowsKept(ScratchDatabase db, DataModel changed, DataModel baseline, Dialect dialect) {
        for (Table table : changed.tables()) {
            String source = table.renamedFrom().isEmpty() ? table.name() : table.renamedFrom();
            if (baseline.tables().stream().noneMatch(t -> t.name().equals(source))) {
                continue;
            }
            try (Statement jdbc = db.connection().createStatement();
                 ResultSet rows = jdbc.executeQuery(db.localize("select count(*) from "
                         + dialect.qualified(table.namespace(), table.name())))) {
                rows.next();
                assertThat(rows.getLong(1)).as("rows of %s", table.name()).isEqualTo(1);
            } catch (SQLException e) {
                throw new AssertionError(e);
            }
        }
    }

    /** One valid row per table, parents first, as insert statements. */
    static final class RowFiller {

        private RowFiller() {
        }

        static List<String> inserts(DataModel model, Dialect dialect) {
            List<Table> ordered = new ArrayList<>(model.tables());
            ordered.sort(java.util.Comparator.comparingInt(t -> t.foreignKeys().size()));
            List<String> inserts = new ArrayList<>();
            for (Table table : ordered) {
                inserts.add("insert into " + dialect.qualified(table.namespace(), table.name()) + " ("
                        + table.columns().stream().map(Column::name).collect(Collectors.joining(", ")) + ") values ("
                        + table.columns().stream().map(c -> value(c, dialect)).collect(Collectors.joining(", ")) + ")");
            }
            return inserts;
        }

        private static String value(Column column, Dialect dialect) {
            return switch (column.type()) {
                case BIGINT, INTEGER, SMALLINT, TINYINT, NUMERIC, ENUM_ORDINAL -> "1";
                case DATE -> "date '2026-01-01'";
                case ENUM_STRING -> dialect.literal(column.enumValues().get(0));
                default -> dialect.literal("v");
            };
        }
    }
}
