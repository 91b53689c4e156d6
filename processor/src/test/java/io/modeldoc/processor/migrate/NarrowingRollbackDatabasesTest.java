package io.modeldoc.processor.migrate;

import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On the PostgreSQL and MariaDB servers, a rollback that narrows a column fails on a row that does not fit and keeps
 * the row's value; on MariaDB (which runs the MySQL scripts too) both in its default strict mode and without strict
 * mode, where the database itself would cut the value with a warning.
 */
@Tag("databases")
class NarrowingRollbackDatabasesTest {

    static Stream<Arguments> cases() {
        return NarrowingRollbackCheck.cases().stream().flatMap(c -> Stream.of(
                Arguments.of("postgresql", "default", c),
                Arguments.of("mariadb", "strict", c),
                Arguments.of("mariadb", "not strict", c),
                Arguments.of("mysql", "strict", c),
                Arguments.of("mysql", "not strict", c)));
    }

    @ParameterizedTest(name = "{0} ({1}): {2}")
    @MethodSource("cases")
    void theRollbackFailsInsteadOfLosingTheValue(String dialect, String mode, NarrowingRollbackCheck.Case narrowing) {
        NarrowingRollbackCheck.verify(narrowing, dialect, mode.equals("not strict") ? "" : null);
    }
}
