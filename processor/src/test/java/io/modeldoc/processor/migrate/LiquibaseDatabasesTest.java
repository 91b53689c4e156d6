package io.modeldoc.processor.migrate;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Liquibase updates the PostgreSQL and MariaDB servers from the baseline with the changelog, and rolls them back. The
 * MySQL changelog is not run on MariaDB: its changeset says {@code dbms:mysql}, which Liquibase skips there, as meant.
 */
@Tag("databases")
class LiquibaseDatabasesTest {

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb"})
    void liquibaseUpdatesAndRollsBackTheMigration(String dialect, @TempDir Path folder) {
        LiquibaseCheck.verify(MigrationCorpusCases.named("many at once"), dialect, folder);
    }
}
