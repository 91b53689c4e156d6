package io.modeldoc.processor.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code schema.sql.ftl} receives: finished statement texts, without their {@code ;}, in
 * groups a reader sees as one unit (the sequences, one table with its comments and indexes, the
 * foreign keys). Templates lay these out; they never decide SQL.
 *
 * @param dialect the dialect's option name, e.g. {@code postgresql}
 */
public record SchemaScriptView(String dialect, List<Group> groups) {

    public SchemaScriptView {
        groups = List.copyOf(groups);
    }

    /** Statements shown together. */
    public record Group(List<String> statements) {

        public Group {
            statements = List.copyOf(statements);
        }
    }

    /** The view of {@code script}: a new group starts with each table, and where the kind of statement changes otherwise. */
    public static SchemaScriptView of(SqlScript script) {
        List<Group> groups = new ArrayList<>();
        List<String> current = new ArrayList<>();
        Statement.Kind previous = null;
        for (Statement statement : script.statements()) {
            if (!current.isEmpty() && startsGroup(previous, statement.kind())) {
                groups.add(new Group(current));
                current = new ArrayList<>();
            }
            current.add(statement.sql());
            previous = statement.kind();
        }
        if (!current.isEmpty()) {
            groups.add(new Group(current));
        }
        return new SchemaScriptView(script.dialect(), groups);
    }

    private static boolean startsGroup(Statement.Kind previous, Statement.Kind kind) {
        return switch (kind) {
            case TABLE -> true;
            case NAMESPACE, SEQUENCE, FOREIGN_KEY -> previous != kind;
            case COMMENT, INDEX, UNIQUE_KEY -> previous == Statement.Kind.NAMESPACE || previous == Statement.Kind.SEQUENCE
                    || previous == Statement.Kind.FOREIGN_KEY;
        };
    }
}
