package io.modeldoc.processor.sql;

import io.modeldoc.processor.support.ScriptStatements;

import io.modeldoc.processor.model.DataModel;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs the PostgreSQL script on the server at 127.0.0.1:5432 (database {@code test}, user
 * {@code postgres}) in a schema of its own, dropped afterwards. Fails when the server is unreachable.
 */
@Tag("databases")
class PostgreSqlSchemaTest {

    static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

    /** What PostgreSQL 15 reports for each neutral type. */
    static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("c_boolean", "bool"), Map.entry("c_tinyint", "int2"), Map.entry("c_smallint", "int2"),
            Map.entry("c_integer", "int4"), Map.entry("c_bigint", "int8"), Map.entry("c_numeric", "numeric"),
            Map.entry("c_bit", "bool"), Map.entry("c_real", "float4"), Map.entry("c_decimal", "numeric"),
            Map.entry("c_nchar", "bpchar"), Map.entry("c_nvarchar", "varchar"), Map.entry("c_nclob", "oid"),
            Map.entry("c_json", "jsonb"), Map.entry("c_xml", "xml"), Map.entry("c_binary", "bytea"),
            Map.entry("c_timestamp_tz", "timestamptz"), Map.entry("c_inet", "inet"),
            Map.entry("c_float", "float4"), Map.entry("c_double", "float8"), Map.entry("c_char", "bpchar"),
            Map.entry("c_varchar", "varchar"), Map.entry("c_clob", "oid"), Map.entry("c_varbinary", "bytea"),
            Map.entry("c_blob", "oid"), Map.entry("c_date", "date"), Map.entry("c_time", "time"),
            Map.entry("c_timestamp", "timestamp"), Map.entry("c_timestamp_utc", "timestamptz"), Map.entry("c_time_utc", "time"), Map.entry("c_uuid", "uuid"),
            Map.entry("c_enum_string", "varchar"), Map.entry("c_enum_ordinal", "int2"));

    private final DataModel model = LibraryModel.create();

    @Test
    void scriptCreatesEveryTableColumnAndKeyOfTheModel() throws SQLException {
        String schema = "modeldoc_" + Long.toHexString(System.nanoTime()).toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(URL, "postgres", "")) {
            execute(connection, "create schema " + schema);
            try {
                execute(connection, "set search_path to " + schema);
                ScriptStatements.run(connection, SchemaScripts.render("postgresql", model));
                new CatalogAssertions(connection, null, schema, SchemaScripts.namer("postgresql")).assertModel(model, TYPES);
            } finally {
                execute(connection, "drop schema " + schema + " cascade");
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
