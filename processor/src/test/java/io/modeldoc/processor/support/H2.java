package io.modeldoc.processor.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

/** Embedded H2 databases for tests: fresh, isolated, and read back through JDBC metadata. */
public final class H2 {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private H2() {
    }

    public static Connection fresh() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:mem:modeldoc" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    }

    /** Runs a ModelDoc script, naming the statement that fails. */
    public static void run(Connection connection, String script) throws SQLException {
        ScriptStatements.run(connection, script);
    }

    /** The user tables, lower-cased. */
    public static Set<String> tables(Connection connection) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (ResultSet rs = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }

    /** The table names a {@code model.json} lists, lower-cased. */
    public static Set<String> tableNamesIn(String modelJson) {
        Set<String> names = new TreeSet<>();
        for (JsonNode table : Json.read(modelJson).get("tables")) {
            names.add(table.get("name").asText().toLowerCase(Locale.ROOT));
        }
        return names;
    }
}
