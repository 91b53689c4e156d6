package io.modeldoc.example;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs the PostgreSQL, MariaDB and MySQL scripts on real servers, each in a schema or database of
 * its own that the test creates and drops, and holds what they build to model.json. Runs only in
 * the {@code databases} Maven profile; a server that cannot be reached fails the test.
 */
@Tag("databases")
class SchemaOnServersTest {

    static final String POSTGRESQL_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String MARIADB_URL = "jdbc:mariadb://127.0.0.1:3306/";

    private static ModelSnapshot model;

    @BeforeAll
    static void readModel() {
        model = ModelSnapshot.load();
    }

    @Test
    void postgresqlScriptBuildsTheModel() throws SQLException {
        String schema = scratchName("postgresql");
        try (Connection connection = connect(POSTGRESQL_URL, "postgres", "5")) {
            execute(connection, "create schema " + schema);
            try {
                execute(connection, "set search_path to " + schema);
                ScriptRunner.apply(connection, "postgresql", ModelDocSchema.statements("postgresql"));
                assertModelBuilt(DatabaseCatalog.read(connection, null, schema), "PostgreSQL");
                assertSequencesExist(connection,
                        "select sequence_name from information_schema.sequences where sequence_schema = ?", schema, "PostgreSQL");
            } finally {
                execute(connection, "drop schema " + schema + " cascade");
            }
        }
    }

    @Test
    void mariadbScriptBuildsTheModel() throws SQLException {
        String database = scratchName("mariadb");
        try (Connection connection = connect(MARIADB_URL, "root", "5000")) {
            execute(connection, "create database " + database);
            try {
                execute(connection, "use " + database);
                ScriptRunner.apply(connection, "mariadb", ModelDocSchema.statements("mariadb"));
                assertModelBuilt(DatabaseCatalog.read(connection, database, null), "MariaDB");
                assertSequencesExist(connection, "select table_name from information_schema.tables"
                        + " where table_schema = ? and table_type = 'SEQUENCE'", database, "MariaDB");
            } finally {
                execute(connection, "drop database " + database);
            }
        }
    }

    /** The MySQL script, on the MariaDB server: what a MySQL-dialect user on MariaDB runs. */
    @Test
    void mysqlScriptBuildsTheModel() throws SQLException {
        String database = scratchName("mysql");
        try (Connection connection = connect(MARIADB_URL, "root", "5000")) {
            execute(connection, "create database " + database);
            try {
                execute(connection, "use " + database);
                ScriptRunner.apply(connection, "mysql", ModelDocSchema.statements("mysql"));
                assertModelBuilt(DatabaseCatalog.read(connection, database, null), "MySQL script on MariaDB");
            } finally {
                execute(connection, "drop database " + database);
            }
        }
    }

    private static void assertModelBuilt(DatabaseCatalog database, String databaseName) {
        assertAll(model.tables().stream().map(table -> () -> SchemaAssertions.assertTableMatches(table, database, databaseName)));
    }

    private static void assertSequencesExist(Connection connection, String query, String schema, String databaseName)
            throws SQLException {
        Set<String> existing = new TreeSet<>();
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, schema);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    existing.add(rs.getString(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        assertAll(model.sequences().stream().map(sequence -> () -> assertTrue(existing.contains(ModelSnapshot.bare(sequence)),
                databaseName + " has no sequence " + sequence + "; it has " + existing)));
    }

    /** Connects, or fails (never skips) with a message naming the server. */
    private static Connection connect(String url, String user, String connectTimeout) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", "");
        properties.setProperty("connectTimeout", connectTimeout);
        try {
            return DriverManager.getConnection(url, properties);
        } catch (SQLException e) {
            throw new AssertionError("Cannot connect to " + url + " as " + user + " (" + e.getMessage() + ")."
                    + " The 'databases' profile needs PostgreSQL on 127.0.0.1:5432 and MariaDB on 127.0.0.1:3306;"
                    + " start them, or build without -Pdatabases.", e);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** A schema or database name no other run uses. */
    private static String scratchName(String dialect) {
        return "modeldoc_" + dialect + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
