package io.modeldoc.processor.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import io.modeldoc.processor.parity.Catalog;
import io.modeldoc.processor.parity.CatalogReader;
import io.modeldoc.processor.parity.Databases;
import io.modeldoc.processor.parity.ParityDialect;
import io.modeldoc.processor.parity.ScratchDatabase;
import io.modeldoc.processor.sql.Dialect;
import io.modeldoc.processor.sql.Dialects;
import io.modeldoc.processor.sql.ReadableConstraintNamer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;

/**
 * Liquibase itself (4.33.0) runs the Liquibase-style files as the build writes them: {@code update} from a database made
 * from the baseline's create script must reach the catalog of today's create script, and {@code rollback} to the tag the
 * master changelog puts before the migration must reach the baseline's catalog again, the rows kept both ways.
 */
final class LiquibaseCheck {

    static final String VERSION = "2";
    static final String DESCRIPTION = "corpus_change";

    private LiquibaseCheck() {
    }

    static void verify(MigrationCorpus.Case corpusCase, String dialectName, Path folder) {
        Dialect dialect = Dialects.named(dialectName);
        ReadableConstraintNamer namer = new ReadableConstraintNamer(dialect);
        MigrationFiles naming = new MigrationFiles(VERSION, DESCRIPTION, MigrationStyle.LIQUIBASE);
        Map<String, String> files = naming.render(MigrationFiles.plan(corpusCase.baseline(), corpusCase.changed(), dialect, namer));
        assertThat(files).containsOnlyKeys("migrations/" + dialectName + "/changelog_2_corpus_change.sql",
                "migrations/" + dialectName + "/db.changelog-master.xml");
        write(folder, files);
        ParityDialect parity = ParityDialect.of(dialectName);
        List<String> expectedAfter = fresh(parity, MigrationHarness.create(corpusCase.changed(), dialect, namer));
        List<String> expectedBefore = fresh(parity, MigrationHarness.create(corpusCase.baseline(), dialect, namer));
        try (ScratchDatabase db = Databases.fresh(parity)) {
            db.run(MigrationHarness.create(corpusCase.baseline(), dialect, namer), "baseline of " + corpusCase);
            if (corpusCase.rows()) {
                db.run(MigrationHarness.RowFiller.inserts(corpusCase.baseline(), dialect), "rows of " + corpusCase);
            }
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(db.connection()));
            assertThat(database.getShortName()).as("Liquibase's name of the database").isEqualTo(dialect.liquibaseDbms());
            // not closed: closing Liquibase closes the connection, which the scratch database still needs to clean up
            Liquibase liquibase = new Liquibase("db.changelog-master.xml",
                    new DirectoryResourceAccessor(folder.resolve("migrations/" + dialectName)), database);
            liquibase.update(new Contexts(), new LabelExpression());
            db.connection().setAutoCommit(true); // Liquibase turns it off; a transaction left open would block the clean-up
            assertThat(schemaFacts(db)).as("catalog after liquibase update of %s", corpusCase).containsExactlyElementsOf(expectedAfter);
            assertThat(ranChangeSets(db)).as("change sets Liquibase ran").containsExactly("2-corpus_change-baseline", "2-corpus_change");
            liquibase.rollback(LiquibaseChangelog.baselineTag(VERSION, DESCRIPTION), new Contexts(), new LabelExpression());
            db.connection().setAutoCommit(true);
            assertThat(schemaFacts(db)).as("catalog after liquibase rollback of %s", corpusCase).containsExactlyElementsOf(expectedBefore);
            assertThat(ranChangeSets(db)).as("change sets left after the rollback").doesNotContain("2-corpus_change");
        } catch (Exception e) {
            throw new AssertionError("Liquibase on " + dialectName + " with " + corpusCase + ": " + e.getMessage(), e);
        }
    }

    /** Writes the files (path relative to {@code folder} → text) where a migration tool reads them. */
    static void write(Path folder, Map<String, String> files) {
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = folder.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> fresh(ParityDialect parity, List<String> create) {
        try (ScratchDatabase fresh = Databases.fresh(parity)) {
            fresh.run(create, "fresh schema");
            return List.copyOf(CatalogReader.read(fresh).facts());
        }
    }

    /** The catalog without Liquibase's own two tables. */
    static List<String> schemaFacts(ScratchDatabase db) {
        Catalog catalog = CatalogReader.read(db);
        return catalog.facts().stream().filter(f -> !f.toLowerCase(Locale.ROOT).contains("databasechangelog")).toList();
    }

    /** The ids of the changesets Liquibase ran, in the order it ran them. */
    static List<String> ranChangeSets(ScratchDatabase db) throws java.sql.SQLException {
        List<String> ids = new java.util.ArrayList<>();
        try (var statement = db.connection().createStatement();
             var rows = statement.executeQuery("select ID from DATABASECHANGELOG order by ORDEREXECUTED")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }
}
