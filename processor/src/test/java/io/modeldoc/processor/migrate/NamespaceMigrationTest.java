package io.modeldoc.processor.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.ForeignKey;
import io.modeldoc.processor.model.Namespace;
import io.modeldoc.processor.model.Sequence;
import io.modeldoc.processor.model.Table;
import io.modeldoc.processor.parity.FixtureNamespaces;
import io.modeldoc.processor.sql.Dialect;
import io.modeldoc.processor.sql.Dialects;
import io.modeldoc.processor.sql.ReadableConstraintNamer;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tables match by name whatever their schema: a table moved to another schema keeps its rows (no drop and
 * create), and the move, which the migration cannot script, is a warning. Statements about a table outside
 * the default namespace name it qualified, as the create script does: every corpus case, with all its tables and
 * sequences in an explicit catalog and schema, migrates and rolls back on H2 here and on PostgreSQL and MariaDB
 * ({@code databases}) to the catalog a fresh schema has.
 */
class NamespaceMigrationTest {

    /** Chosen to occur in no other name of the corpus: the scratch databases rewrite them to per-run stand-ins. */
    static final Namespace ELSEWHERE = Namespace.of("mig_store", "mig_sales");

    private static final FixtureNamespaces STAND_INS =
            new FixtureNamespaces(new TreeSet<>(Set.of("mig_store")), new TreeSet<>(Set.of("mig_sales")));

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
    void changesToATableInASchemaNameItQualifiedWithoutWarnings() {
        DataModel baseline = elsewhere(Models.baseline());
        DataModel changed = Models.editTable(baseline, "customer",
                t -> Models.editColumn(t, "legacy_code", c -> null).in(t.namespace()));

        assertThat(forward(baseline, changed, "postgresql").statements())
                .containsExactly("alter table if exists mig_sales.customer drop column legacy_code");
        assertThat(forward(baseline, changed, "mysql").statements())
                .containsExactly("alter table mig_store.customer drop column legacy_code");
        assertThat(forward(baseline, changed, "h2").statements())
                .containsExactly("alter table if exists mig_store.mig_sales.customer drop column legacy_code");
        assertThat(forward(baseline, changed, "postgresql").warnings()).isEmpty();
    }

    @Test
    void droppedTablesIndexesAndSequencesAreQualifiedAndANewSchemaIsCreated() {
        MigrationCorpus.Case many = namespaced("many at once");

        Migration postgresql = forward(many.baseline(), many.changed(), "postgresql");
        Migration rollback = MigrationFiles.plan(many.baseline(), many.changed(), Dialects.named("postgresql"),
                new ReadableConstraintNamer(Dialects.named("postgresql"))).rollback();

        assertThat(postgresql.statements())
                .contains("alter table mig_sales.customer rename to client", "drop sequence if exists mig_sales.purchase_seq")
                .noneMatch(s -> s.matches("(?s).*\\b(table|on|index|sequence)( if exists)? (customer|purchase|client|shipment)\\b.*"));
        assertThat(postgresql.warnings()).noneMatch(w -> w.contains("schema"));
        assertThat(rollback.statements()).contains("drop table if exists mig_sales.shipment");
        // an index lives in its table's schema on PostgreSQL; MySQL names it on its table
        MigrationCorpus.Case indexes = namespaced("unique key and index");
        assertThat(forward(indexes.baseline(), indexes.changed(), "postgresql").statements())
                .contains("drop index if exists mig_sales.idx_purchase_placed_on");
        assertThat(forward(indexes.baseline(), indexes.changed(), "mysql").statements())
                .contains("drop index idx_purchase_placed_on on mig_store.purchase");
        // a table in a schema the baseline does not use: the schema is created first, as the create script does
        DataModel baseline = Models.baseline();
        List<Table> withAudit = new java.util.ArrayList<>(baseline.tables());
        withAudit.add(Models.table("audit", List.of(Models.id()), List.of(), List.of(), List.of(), List.of()).in(ELSEWHERE));
        assertThat(forward(baseline, Models.model(withAudit, baseline.sequences()), "postgresql").statements())
                .containsExactly("create schema if not exists mig_sales", "create table mig_sales.audit (\n    id bigint not null,\n"
                        + "    primary key (id)\n)");
    }

    @Test
    void everyCaseMigratesAndRollsBackInASchemaOnH2() {
        for (MigrationCorpus.Case corpusCase : MigrationH2Test.cases()) {
            MigrationHarness.verify(namespaced(corpusCase), "h2", STAND_INS);
        }
    }

    static Stream<Arguments> serverCases() {
        return MigrationDatabasesTest.cases().map(a -> Arguments.of(a.get()[0], namespaced((MigrationCorpus.Case) a.get()[1])));
    }

    @Tag("databases")
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("serverCases")
    void everyCaseMigratesAndRollsBackInASchemaOnTheServers(String dialect, MigrationCorpus.Case corpusCase) {
        MigrationHarness.verify(corpusCase, dialect, STAND_INS);
    }

    private static MigrationCorpus.Case namespaced(String name) {
        return namespaced(MigrationCorpus.cases().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow());
    }

    /** The case with every table and sequence of both models in {@link #ELSEWHERE}. */
    static MigrationCorpus.Case namespaced(MigrationCorpus.Case corpusCase) {
        return new MigrationCorpus.Case(corpusCase.name() + " in a schema", elsewhere(corpusCase.baseline()),
                elsewhere(corpusCase.changed()), corpusCase.rows());
    }

    private static DataModel elsewhere(DataModel model) {
        List<Table> tables = model.tables().stream().map(t -> {
            List<ForeignKey> keys = t.foreignKeys().stream().map(k -> new ForeignKey(k.name(), k.columns(), k.referencedTable(),
                    k.referencedColumns(), ELSEWHERE)).toList();
            return new Table(t.name(), t.entity(), t.comment(), t.columns(), t.primaryKey(), keys, t.uniqueKeys(), t.indexes(),
                    t.checks(), t.renamedFrom(), ELSEWHERE, t.secondaryOf());
        }).toList();
        List<Sequence> sequences = model.sequences().stream()
                .map(s -> new Sequence(s.name(), s.initialValue(), s.allocationSize(), ELSEWHERE)).toList();
        return Models.model(tables, sequences);
    }
}
