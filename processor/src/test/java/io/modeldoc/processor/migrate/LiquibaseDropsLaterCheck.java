package io.modeldoc.processor.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.parity.Databases;
import io.modeldoc.processor.parity.ParityDialect;
import io.modeldoc.processor.parity.ScratchDatabase;
import io.modeldoc.processor.sql.Dialect;
import io.modeldoc.processor.sql.Dialects;
import io.modeldoc.processor.sql.ReadableConstraintNamer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;

/**
 * Expand/contract with Liquibase (4.33.0) itself: with {@code modeldoc.migration.drops=later} the master changelog
 * migrates from the baseline but keeps the dropped column (made nullable) and table; the drops changelog, which the
 * master leaves out for the next release to include, then reaches today's catalog. Rolling the drops back returns to the
 * catalog between; before the drops, rolling back to the master's tag returns to the baseline's.
 */
final class LiquibaseDropsLaterCheck {

    private static final String VERSION = "3";
    private static final String DESCRIPTION = "retire_legacy";

    private LiquibaseDropsLaterCheck() {
    }

    static void verify(String dialectName, Path folder) {
        DataModel old = DropsLaterCheck.old();
        DataModel current = DropsLaterCheck.current();
        Dialect dialect = Dialects.named(dialectName);
        ReadableConstraintNamer namer = new ReadableConstraintNamer(dialect);
        MigrationFiles files = new MigrationFiles(VERSION, DESCRIPTION, MigrationStyle.LIQUIBASE, true);
        Map<String, String> written = files.render(files.planFor(old, current, dialect, namer));
        String dir = "migrations/" + dialectName + "/";
        String drops = "changelog_3_retire_legacy_drops.sql";
        assertThat(written).containsOnlyKeys(dir + "changelog_3_retire_legacy.sql", dir + "db.changelog-master.xml", dir + drops);
        assertThat(written.get(dir + "db.changelog-master.xml")).doesNotContain(drops);
        LiquibaseCheck.write(folder, written);
        ParityDialect parity = ParityDialect.of(dialectName);
        DataModel between = ExpandContract.intermediate(old, current, Renames.declaredBy(current));
        List<String> baselineFacts = DropsLaterCheck.facts(parity, old, dialect, namer);
        List<String> betweenFacts = DropsLaterCheck.facts(parity, between, dialect, namer);
        List<String> currentFacts = DropsLaterCheck.facts(parity, current, dialect, namer);
        try (ScratchDatabase db = Databases.fresh(parity)) {
            DirectoryResourceAccessor changelogs = new DirectoryResourceAccessor(folder.resolve(dir));
            db.run(MigrationHarness.create(old, dialect, namer), "baseline");
            db.run(MigrationHarness.RowFiller.inserts(old, dialect), "rows");
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(db.connection()));
            // not closed: closing Liquibase closes the connection, which the scratch database still needs to clean up
            Liquibase master = new Liquibase("db.changelog-master.xml", changelogs, database);
            master.update(new Contexts(), new LabelExpression());
            db.connection().setAutoCommit(true); // Liquibase turns it off; a transaction left open would block the clean-up
            assertThat(LiquibaseCheck.schemaFacts(db)).as("after the migration").containsExactlyElementsOf(betweenFacts);
            db.run(List.of("insert into customer (id, name, status) values (2, 'new release', 'ACTIVE')"), "a row of the new release");

            Liquibase dropsLog = new Liquibase(drops, changelogs, database);
            dropsLog.update(new Contexts(), new LabelExpression());
            db.connection().setAutoCommit(true);
            assertThat(LiquibaseCheck.schemaFacts(db)).as("after the drops").containsExactlyElementsOf(currentFacts);
            assertThat(LiquibaseCheck.ranChangeSets(db)).containsExactly("3-retire_legacy-baseline", "3-retire_legacy", "3-retire_legacy_drops");

            dropsLog.rollback(1, new Contexts(), new LabelExpression());
            db.connection().setAutoCommit(true);
            assertThat(LiquibaseCheck.schemaFacts(db)).as("after rolling the drops back").containsExactlyElementsOf(betweenFacts);
            assertThat(LiquibaseCheck.ranChangeSets(db)).containsExactly("3-retire_legacy-baseline", "3-retire_legacy");
        } catch (Exception e) {
            throw new AssertionError("Liquibase with drops later on " + dialectName + ": " + e.getMessage(), e);
        }
        // Before the drops, the old release's rows still hold the kept column: rolling back reaches the baseline. (After
        // them the column comes back empty, and restoring its NOT NULL fails, loudly, on every database.)
        try (ScratchDatabase db = Databases.fresh(parity)) {
            db.run(MigrationHarness.create(old, dialect, namer), "baseline");
            db.run(MigrationHarness.RowFiller.inserts(old, dialect), "rows");
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(db.connection()));
            Liquibase master = new Liquibase("db.changelog-master.xml", new DirectoryResourceAccessor(folder.resolve(dir)), database);
            master.update(new Contexts(), new LabelExpression());
            master.rollback(LiquibaseChangelog.baselineTag(VERSION, DESCRIPTION), new Contexts(), new LabelExpression());
            db.connection().setAutoCommit(true);
            assertThat(LiquibaseCheck.schemaFacts(db)).as("after rolling back to the baseline").containsExactlyElementsOf(baselineFacts);
            assertThat(LiquibaseCheck.ranChangeSets(db)).as("change sets left after the rollback").doesNotContain("3-retire_legacy");
        } catch (Exception e) {
            throw new AssertionError("Liquibase rollback with drops later on " + dialectName + ": " + e.getMessage(), e);
        }
    }
}
