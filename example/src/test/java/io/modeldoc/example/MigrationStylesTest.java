package io.modeldoc.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The example's migration in the three styles (example/pom.xml compiles once per style): Flyway's and Liquibase's
 * scripts carry the very statements of the plain one, and docs/example holds what the build wrote.
 */
class MigrationStylesTest {

    private static final Path TARGET = Path.of("target");
    private static final Path DOCS = Path.of("..", "docs", "example", "migrations");

    @ParameterizedTest
    @FieldSource("io.modeldoc.example.Outputs#DIALECTS")
    void flywayAndLiquibaseRunThePlainMigrationsStatements(String dialect) throws IOException {
        List<String> plain = statements(Outputs.read("modeldoc/migrations/" + dialect + "/migration_2_parcel_tracking.sql"));
        String flyway = read(TARGET.resolve("migration-flyway/modeldoc/migrations/" + dialect + "/V2__parcel_tracking.sql"));
        String liquibase = read(TARGET.resolve("migration-liquibase/modeldoc/migrations/" + dialect
                + "/changelog_2_parcel_tracking.sql"));

        List<String> outsideTransactions = plain.stream().filter(s -> !isTransaction(s)).toList();
        assertFalse(outsideTransactions.isEmpty(), "the plain migration has statements");
        // Flyway runs the script in its own transaction, so it has no transaction statements of its own.
        assertEquals(outsideTransactions, statements(flyway));
        assertTrue(liquibase.startsWith("--liquibase formatted sql\n") && liquibase.contains("--rollback "), liquibase);
        outsideTransactions.forEach(statement -> assertTrue(liquibase.contains(statement), statement));
    }

    @ParameterizedTest
    @FieldSource("io.modeldoc.example.Outputs#DIALECTS")
    void docsExampleHoldsEveryStyle(String dialect) throws IOException {
        for (String file : List.of("migration_2_parcel_tracking.sql", "rollback_2_parcel_tracking.sql")) {
            assertEquals(Outputs.read("modeldoc/migrations/" + dialect + "/" + file), read(DOCS.resolve(dialect).resolve(file)), file);
        }
        for (String file : List.of("V2__parcel_tracking.sql", "U2__parcel_tracking.sql")) {
            assertEquals(read(TARGET.resolve("migration-flyway/modeldoc/migrations/" + dialect + "/" + file)),
                    read(DOCS.resolve(dialect).resolve(file)), file);
        }
        for (String file : List.of("changelog_2_parcel_tracking.sql", "db.changelog-master.xml")) {
            assertEquals(read(TARGET.resolve("migration-liquibase/modeldoc/migrations/" + dialect + "/" + file)),
                    read(DOCS.resolve(dialect).resolve(file)), file);
        }
    }

    /** The statements of a script: its text without comment lines, cut at each {@code ;} that ends a line. */
    private static List<String> statements(String script) {
        String code = script.lines().filter(line -> !line.startsWith("--")).reduce("", (a, b) -> a + b + "\n");
        return Arrays.stream(code.split(";\n")).map(String::strip).filter(s -> !s.isEmpty()).map(s -> s + ";").toList();
    }

    private static boolean isTransaction(String statement) {
        return statement.equals("start transaction;") || statement.equals("commit;") || statement.equals("begin transaction;")
                || statement.equals("begin;");
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
