package io.modeldoc.processor.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Splits a rendered script the way its consumers do: a statement ends on a line ending in {@code ;}. */
public final class ScriptStatements {

    private ScriptStatements() {
    }

    /** The statements, without their {@code ;}; blank lines and {@code --} lines between statements are skipped. */
    public static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            if (current.length() == 0 && (line.isBlank() || line.startsWith("--"))) {
                continue;
            }
            if (current.length() > 0) {
                current.append('\n');
            }
            if (line.endsWith(";")) {
                statements.add(current.append(line, 0, line.length() - 1).toString());
                current.setLength(0);
            } else {
                current.append(line);
            }
        }
        if (current.length() > 0) {
            throw new AssertionError("the script ends inside a statement: " + current);
        }
        return statements;
    }

    /** Runs every statement of {@code script} on {@code connection}, naming the one that fails. */
    public static void run(Connection connection, String script) throws SQLException {
        for (String sql : split(script)) {
            try (java.sql.Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new SQLException("failed: " + sql + "\n" + e.getMessage(), e.getSQLState(), e);
            }
        }
    }
}
