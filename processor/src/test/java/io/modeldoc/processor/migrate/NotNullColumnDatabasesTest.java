package io.modeldoc.processor.migrate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * On the servers, adding a NOT NULL column without a default to a table with rows does what the warning says:
 * PostgreSQL refuses; MariaDB (which runs the MySQL scripts too) gives the rows an empty string, strict mode or not.
 */
@Tag("databases")
class NotNullColumnDatabasesTest {

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({"postgresql,default", "mariadb,strict", "mariadb,not strict", "mysql,strict", "mysql,not strict"})
    void theWarningSaysWhatTheDatabaseDoes(String dialect, String mode) {
        NotNullColumnCheck.verify(dialect, mode.equals("not strict") ? "" : null);
    }
}
