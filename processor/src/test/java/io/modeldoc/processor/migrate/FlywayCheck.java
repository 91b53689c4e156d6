package io.modeldoc.processor.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import io.modeldoc.processor.parity.CatalogReader;
import io.modeldoc.processor.parity.Databases;
import io.modeldoc.processor.parity.ParityDialect;
import io.modeldoc.processor.parity.ScratchDatabase;
import io.modeldoc.processor.sql.Dialect;
import io.modeldoc.processor.sql.Dialects;
import io.modeldoc.processor.sql.ReadableConstraintNamer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Flyway itself applies the Flyway-style files (both {@code V} and {@code U} in the folder, as the
 * build writes them) to a database created from the baseline, then validates them.
 */
final class FlywayCheck {

    private FlywayCheck() {
    }

    static void verify(MigrationCorpus.Case corpusCase, String dialectName, Path folder) {
        Dialect dialect = Dialects.named(dialectName);
        ReadableConstraintNamer namer = new ReadableConstraintNamer(dialect);
        MigrationFiles naming = new MigrationFiles("2", "corpus_change", MigrationStyle.FLYWAY);
        Map<String, String> files = naming.render(MigrationFiles.plan(corpusCase.baseline(), corpusCase.changed(), dialect, namer));
        LiquibaseCheck.write(folder, files);
        ParityDialect parity = ParityDialect.of(dialectName);
        try (ScratchDatabase db = Databases.fresh(parity)) {
            db.run(MigrationHarness.create(corpusCase.baseline(), dialect, namer), "baseline of " + corpusCase);
            String server = parity.server().name().toLowerCase(Locale.ROOT);
            Flyway flyway = Flyway.configure()
                    .dataSource(db.url(), setting(server, "user", parity.server() == ParityDialect.Server.H2 ? "sa"
                            : parity.server() == ParityDialect.Server.POSTGRESQL ? "postgres" : "root"), setting(server, "password", ""))
                    .schemas(db.namespace())
                    .locations("filesystem:" + folder.resolve("migrations/" + dialectName))
                    .baselineOnMigrate(true)
                    .baselineVersion("1")
                    .load();
            MigrateResult result = flyway.migrate();
            assertThat(result.migrationsExecuted).as("migrations Flyway ran").isEqualTo(1);
            flyway.validate();
            try (ScratchDatabase fresh = Databases.fresh(parity)) {
                fresh.run(MigrationHarness.create(corpusCase.changed(), dialect, namer), "fresh schema");
                assertThat(CatalogReader.read(db).facts().stream().filter(f -> !f.contains("flyway_schema_history")))
                        .containsExactlyElementsOf(CatalogReader.read(fresh).facts());
            }
        }
    }

    private static String setting(String server, String key, String fallback) {
        return System.getProperty("modeldoc.parity." + server + "." + key, fallback);
    }
}
