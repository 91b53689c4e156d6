package io.modeldoc.processor.compile.checks;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Business rules with {@code {attribute}} placeholders hold on the PostgreSQL and MariaDB servers under either naming. */
@Tag("databases")
class CheckPlaceholdersDatabasesTest {

    @ParameterizedTest(name = "{0} with naming {1}")
    @CsvSource({"postgresql, jpa", "postgresql, snake_case", "mariadb, jpa", "mariadb, snake_case", "mysql, snake_case"})
    void placeholdersNameTheColumnsOfTheActiveNaming(String dialect, String naming) {
        CheckPlaceholdersCheck.verify(dialect, naming);
    }
}
