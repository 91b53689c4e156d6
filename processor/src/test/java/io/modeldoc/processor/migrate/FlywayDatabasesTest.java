package io.modeldoc.processor.migrate;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Flyway applies and validates the Flyway-style scripts on the PostgreSQL and MariaDB servers. */
@Tag("databases")
class FlywayDatabasesTest {

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb", "mysql"})
    void flywayAppliesAndValidatesTheMigration(String dialect, @TempDir Path folder) {
        FlywayCheck.verify(MigrationCorpusCases.named("many at once"), dialect, folder);
    }
}
