package io.modeldoc.processor.parity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The harness on the PostgreSQL and MariaDB servers ({@code mysql} scripts run on MariaDB too).
 * Runs in the {@code databases} profile; a missing server fails these tests, it never skips them.
 */
@Tag("databases")
class ParityHarnessDatabasesTest {

    static Stream<Arguments> modelsAndSettings() {
        return Stream.of("postgresql", "mysql", "mariadb").flatMap(dialect -> ParityHarness.MODELS.stream()
                .flatMap(model -> Stream.of(
                        Arguments.of(model, ParitySettings.defaults(dialect)),
                        Arguments.of(model, ParitySettings.defaults(dialect).withNaming(NamingMode.SNAKE_CASE)),
                        Arguments.of(model, ParitySettings.defaults(dialect).withValidationDdl(false)))));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("modelsAndSettings")
    void hibernatesOwnScriptHasFullParity(String model, ParitySettings settings) {
        AlteredScripts.assertSelfParity(model, settings);
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql", "mariadb"})
    void anAlteredScriptReportsEachDifference(String dialect) {
        AlteredScripts.assertAlterationsReported(ParitySettings.defaults(dialect));
    }

    @Test
    void postgresqlCatalog() {
        Catalog catalog = ParityHarness.model("basics").hibernateCatalog(ParitySettings.defaults("postgresql"));

        assertThat(catalog.facts()).contains(
                "column text_values.statusshort type=varchar nullable=false length=20",
                "column text_values.lobtext type=oid nullable=true",
                "column times.instant type=timestamptz nullable=true fraction=6",
                "unique text_values(code)",
                "sequence text_values_seq start=1 increment=50",
                // Two ORDINAL and two STRING enums, each with a check; NOT NULL is not counted as a check.
                "checks text_values=4");
        assertThat(catalog.facts()).noneMatch(fact -> fact.startsWith("index "));
    }

    @Test
    void mariadbCatalog() {
        Catalog catalog = ParityHarness.model("basics").hibernateCatalog(ParitySettings.defaults("mariadb"));

        assertThat(catalog.facts()).contains(
                "column text_values.statusshort type=enum('ACTIVE','CLOSED','NEW') nullable=false length=6",
                "column text_values.uuid type=uuid nullable=true",
                "column times.instant type=datetime nullable=true fraction=6",
                // alter table ... add constraint UK... unique: the same fact as an inline unique.
                "unique text_values(code)",
                "sequence text_values_seq start=1 increment=50",
                "checks text_values=2");
    }

    @Test
    void mysqlScriptsEmulateSequencesWithTables() {
        Catalog catalog = ParityHarness.model("associations").hibernateCatalog(ParitySettings.defaults("mysql"));

        assertThat(catalog.facts())
                .contains("table profile_seq", "column profile_seq.next_val type=bigint nullable=true",
                        "column category.id type=bigint nullable=false identity")
                .noneMatch(fact -> fact.startsWith("sequence "));
    }

    @Test
    void scratchSchemasAndDatabasesAreDroppedOnClose() throws SQLException {
        String schema;
        try (ScratchDatabase postgresql = Databases.fresh(ParityDialect.POSTGRESQL)) {
            schema = postgresql.namespace();
            postgresql.run(List.of("create table t (id int primary key)"), "test");
        }
        String database;
        try (ScratchDatabase mariadb = Databases.fresh(ParityDialect.MARIADB)) {
            database = mariadb.namespace();
            mariadb.run(List.of("create table t (id int primary key)"), "test");
        }
        assertThat(count(Databases.POSTGRESQL_URL, "postgres",
                "select count(*) from information_schema.schemata where schema_name = '" + schema + "'")).isZero();
        assertThat(count(Databases.MARIADB_URL, "root",
                "select count(*) from information_schema.schemata where schema_name = '" + database + "'")).isZero();
    }

    private static int count(String url, String user, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(url, user, "");
                var statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
