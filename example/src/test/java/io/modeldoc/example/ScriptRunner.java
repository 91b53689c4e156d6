package io.modeldoc.example;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Applies a generated schema script statement by statement, naming the statement that fails. */
final class ScriptRunner {

    private ScriptRunner() {
    }

    static void apply(Connection connection, String dialect, List<String> statements) {
        if (statements.isEmpty()) {
            throw new AssertionError("ModelDocSchema.statements(\"" + dialect + "\") is empty");
        }
        for (int i = 0; i < statements.size(); i++) {
            String sql = statements.get(i);
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new AssertionError(String.format("Statement %d of %d of the %s script failed: %s%n%s",
                        i + 1, statements.size(), dialect, e.getMessage(), sql), e);
            }
        }
    }
}
