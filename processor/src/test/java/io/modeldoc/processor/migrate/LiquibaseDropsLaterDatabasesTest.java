package io.modeldoc.processor.migrate;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Liquibase runs the expand/contract changelogs on the PostgreSQL and MariaDB servers, both ways. */
@Tag("databases")
class LiquibaseDropsLaterDatabasesTest {

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb"})
    void liquibaseRunsTheMigrationThenTheDropsAndRollsBothBack(String dialect, @TempDir Path folder) {
        LiquibaseDropsLaterCheck.verify(dialect, folder);
    }
}
