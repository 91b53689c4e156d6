package io.modeldoc.processor.sql;

import io.modeldoc.processor.support.ScriptStatements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.modeldoc.processor.model.DataModel;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs the rendered H2 script on embedded H2 and checks the catalog against the model. */
class H2SchemaTest {

    /** What H2 2.3 reports for each neutral type. */
    static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("c_boolean", "boolean"), Map.entry("c_tinyint", "tinyint"), Map.entry("c_smallint", "smallint"),
            Map.entry("c_integer", "integer"), Map.entry("c_bigint", "bigint"), Map.entry("c_numeric", "numeric"),
            Map.entry("c_bit", "boolean"), Map.entry("c_real", "real"), Map.entry("c_decimal", "decimal"),
            Map.entry("c_nchar", "character"), Map.entry("c_nvarchar", "character varying"), Map.entry("c_nclob", "character large object"),
            Map.entry("c_json", "json"), Map.entry("c_xml", "character large object"), Map.entry("c_binary", "binary"),
            Map.entry("c_timestamp_tz", "timestamp with time zone"), Map.entry("c_inet", "binary varying"),
            Map.entry("c_float", "real"), Map.entry("c_double", "double precision"), Map.entry("c_char", "character"),
            Map.entry("c_varchar", "character varying"), Map.entry("c_clob", "character large object"),
            Map.entry("c_varbinary", "binary varying"), Map.entry("c_blob", "binary large object"), Map.entry("c_date", "date"),
            Map.entry("c_time", "time"), Map.entry("c_timestamp", "timestamp"),
            Map.entry("c_timestamp_utc", "timestamp with time zone"), Map.entry("c_time_utc", "time with time zone"), Map.entry("c_uuid", "uuid"),
            Map.entry("c_enum_string", "enum('happy', 'sad')"), Map.entry("c_enum_ordinal", "tinyint"));

    private final DataModel model = LibraryModel.create();

    @Test
    void scriptCreatesEveryTableColumnAndKeyOfTheModel() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:modeldoc_catalog")) {
            ScriptStatements.run(connection, SchemaScripts.render("h2", model));
            new CatalogAssertions(connection, null, "PUBLIC", SchemaScripts.namer("h2")).assertModel(model, TYPES);
        }
    }

    @Test
    void constraintsOfTheScriptHoldOnData() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:modeldoc_data")) {
            ScriptStatements.run(connection, SchemaScripts.render("h2", model));
            execute(connection, "insert into author (name) values ('Ann')");
            execute(connection, "insert into book (id, title, isbn, quantity, status, format, author_id)"
                    + " values (1, 'T', '9780000000001', 2, 'LOST', 2, 1)");
            assertThrows(SQLException.class, () -> execute(connection, "insert into book (id, title, isbn, quantity, status, author_id)"
                    + " values (2, 'U', '9780000000002', 11, 'LOST', 1)"), "quantity check");
            assertThrows(SQLException.class, () -> execute(connection, "insert into book (id, title, isbn, quantity, status, author_id)"
                    + " values (3, 'V', '9780000000003', 1, 'GONE', 1)"), "enum values");
            assertThrows(SQLException.class, () -> execute(connection, "insert into book (id, title, isbn, quantity, status, format, author_id)"
                    + " values (4, 'W', '9780000000004', 1, 'LOST', 3, 1)"), "ordinal range");
            assertThrows(SQLException.class, () -> execute(connection, "insert into book (id, title, isbn, quantity, status, author_id)"
                    + " values (5, 'X', '9780000000001', 1, 'LOST', 1)"), "unique isbn");
            assertThrows(SQLException.class, () -> execute(connection, "insert into book (id, title, isbn, quantity, status, author_id)"
                    + " values (6, 'Y', '9780000000006', 1, 'LOST', 99)"), "foreign key to author");
            assertEquals(1L, nextValue(connection, "book_seq"));
            assertEquals(51L, nextValue(connection, "book_seq"), "allocation size 50");
            assertEquals(5L, nextValue(connection, "department_seq"), "initial value 5");
        }
    }

    private static long nextValue(Connection connection, String sequence) throws SQLException {
        try (var statement = connection.createStatement(); var rs = statement.executeQuery("select next value for " + sequence)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
