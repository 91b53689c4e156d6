package io.modeldoc.processor.sql;

import io.modeldoc.processor.support.ScriptStatements;

import io.modeldoc.processor.model.DataModel;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the MariaDB and the MySQL script on the MariaDB server at 127.0.0.1:3306 (user
 * {@code root}, no password), each in a database of its own, dropped afterwards. Fails when the
 * server is unreachable.
 */
@Tag("databases")
class MariaDbSchemaTest {

    static final String URL = "jdbc:mariadb://127.0.0.1:3306/";

    /** What MariaDB 10.11 reports for each neutral type, as the MariaDB dialect writes them. */
    static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("c_boolean", "bit"), Map.entry("c_tinyint", "tinyint"), Map.entry("c_smallint", "smallint"),
            Map.entry("c_integer", "int"), Map.entry("c_bigint", "bigint"), Map.entry("c_numeric", "decimal"),
            Map.entry("c_bit", "bit"), Map.entry("c_real", "double"), Map.entry("c_decimal", "decimal"),
            Map.entry("c_nchar", "varchar"), Map.entry("c_nvarchar", "varchar"), Map.entry("c_nclob", "longtext"),
            Map.entry("c_json", "longtext"), Map.entry("c_xml", "longtext"), Map.entry("c_binary", "binary"),
            Map.entry("c_timestamp_tz", "timestamp"), Map.entry("c_inet", "varbinary"),
            Map.entry("c_float", "float"), Map.entry("c_double", "double"), Map.entry("c_char", "varchar"),
            Map.entry("c_varchar", "varchar"), Map.entry("c_clob", "longtext"), Map.entry("c_varbinary", "varbinary"),
            Map.entry("c_blob", "longblob"), Map.entry("c_date", "date"), Map.entry("c_time", "time"),
            Map.entry("c_timestamp", "datetime"), Map.entry("c_timestamp_utc", "datetime"), Map.entry("c_time_utc", "time"), Map.entry("c_uuid", "uuid"),
            Map.entry("c_enum_string", "enum"), Map.entry("c_enum_ordinal", "tinyint"));

    private final DataModel model = LibraryModel.create();

    @ParameterizedTest(name = "{0} script")
    @ValueSource(strings = {"mariadb", "mysql"})
    void scriptCreatesEveryTableColumnAndKeyOfTheModel(String dialect) throws SQLException {
        String database = "modeldoc_" + dialect + "_" + Long.toHexString(System.nanoTime()).toLowerCase(Locale.ROOT);
        Map<String, String> types = new TreeMap<>(TYPES);
        if (dialect.equals("mysql")) {
            types.put("c_uuid", "binary"); // MySQL has no uuid type
        }
        try (Connection server = DriverManager.getConnection(URL + "test", "root", "")) {
            execute(server, "create database " + database);
            try (Connection connection = DriverManager.getConnection(URL + database, "root", "")) {
                ScriptStatements.run(connection, SchemaScripts.render(dialect, model));
                new CatalogAssertions(connection, database, null, SchemaScripts.namer(dialect)).assertModel(model, types);
            } finally {
                execute(server, "drop database " + database);
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
