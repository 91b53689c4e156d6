package io.modeldoc.processor.migrate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Expand/contract ({@code modeldoc.migration.drops=later}) on the PostgreSQL and MariaDB servers. */
@Tag("databases")
class DropsLaterDatabasesTest {

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb", "mysql"})
    void theMigrationKeepsWhatItDropsAndTheDropsScriptRemovesIt(String dialect) {
        DropsLaterCheck.verify(dialect);
    }
}
