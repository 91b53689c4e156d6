package io.modeldoc.processor.sql;

import java.util.List;

/**
 * The create script of a whole model for one dialect, as ordered statements.
 *
 * @param dialect the dialect's option name, e.g. {@code postgresql}
 */
public record SqlScript(String dialect, List<Statement> statements) {

    public SqlScript {
        statements = List.copyOf(statements);
    }

    /** The statements of that kind about that table, in script order. */
    public List<Statement> about(String table, Statement.Kind kind) {
        return statements.stream().filter(s -> s.kind() == kind && s.table().equals(table)).toList();
    }
}
