package io.modeldoc.processor.migrate;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every corpus case on the PostgreSQL and MariaDB servers (MySQL scripts run on MariaDB, as in the parity suite). */
@Tag("databases")
class MigrationDatabasesTest {

    /** Column checks are named by the database on MySQL, so a changed one is a warning there, not a statement. */
    private static final Set<String> NOT_EXPRESSED_ON_MYSQL = Set.of("column check", "ordinal enum value added");

    static Stream<Arguments> cases() {
        return Stream.of("postgresql", "mariadb", "mysql").flatMap(dialect -> MigrationCorpus.cases().stream()
                .filter(c -> !(dialect.equals("mysql") && NOT_EXPRESSED_ON_MYSQL.contains(c.name())))
                .map(c -> Arguments.of(dialect, c)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void migrationAndRollbackReachTheirModels(String dialect, MigrationCorpus.Case corpusCase) {
        MigrationHarness.verify(corpusCase, dialect);
    }
}
