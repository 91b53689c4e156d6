package io.modeldoc.processor.sql;

import io.modeldoc.processor.model.Check;
import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.Index;
import io.modeldoc.processor.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The statements of one table, in Hibernate's order: CREATE TABLE (columns in declaration order,
 * primary key, unique keys where the dialect keeps them inline, named checks), its comments, its
 * indexes, then unique keys the dialect adds afterwards.
 */
final class TableStatements {

    private static final String INDENT = "    ";
    private static final List<String> ORDERS = List.of("asc", "desc");

    private final Dialect dialect;
    private final ConstraintNamer namer;

    TableStatements(Dialect dialect, ConstraintNamer namer) {
        this.dialect = dialect;
        this.namer = namer;
    }

    List<Statement> of(Table table) {
        List<NamedKey> uniqueKeys = UniqueKeys.of(table).stream()
                .map(key -> new NamedKey(namer.uniqueKey(table, key), key.columns()))
                .toList();
        List<Statement> statements = new ArrayList<>();
        statements.add(new Statement(Statement.Kind.TABLE, table.name(), createTable(table, uniqueKeys)));
        if (!dialect.inlineComments()) {
            comments(table).forEach(sql -> statements.add(new Statement(Statement.Kind.COMMENT, table.name(), sql)));
        }
        for (Index index : table.indexes()) {
            statements.add(new Statement(Statement.Kind.INDEX, table.name(), createIndex(table, index)));
        }
        if (!dialect.uniqueKeysInCreateTable()) {
            for (NamedKey key : uniqueKeys) {
                String sql = dialect.addUniqueKey(qualified(table), key.name(), key.columns(), table.nullableColumns(key.columns()));
                statements.add(new Statement(Statement.Kind.UNIQUE_KEY, table.name(), sql));
            }
        }
        return statements;
    }

    private String createTable(Table table, List<NamedKey> uniqueKeys) {
        boolean keysInline = dialect.uniqueKeysInCreateTable();
        List<String> inlineUniqueColumns = keysInline
                ? uniqueKeys.stream().filter(NamedKey::anonymousSingleColumn).map(k -> lower(k.columns().get(0))).toList()
                : List.of();
        List<String> primaryKey = table.primaryKey().stream().map(TableStatements::lower).toList();
        List<String> parts = new ArrayList<>();
        for (Column column : table.columns()) {
            String name = lower(column.name());
            parts.add(ColumnDefinition.of(column, dialect, table.name(), primaryKey.contains(name), inlineUniqueColumns.contains(name)));
        }
        if (!table.primaryKey().isEmpty()) {
            parts.add("primary key (" + list(table.primaryKey()) + ")");
        }
        if (keysInline) {
            uniqueKeys.stream().filter(k -> !k.anonymousSingleColumn())
                    .forEach(k -> parts.add(k.constraint(dialect) + "unique (" + list(k.columns()) + ")"));
        }
        for (Check check : table.checks()) {
            String constraint = check.name().isEmpty() ? "" : "constraint " + dialect.identifier(check.name()) + " ";
            parts.add(constraint + "check (" + SqlCondition.written(check.expression(), table.columns(), dialect) + ")");
        }
        return "create table " + qualified(table) + " (\n" + INDENT + String.join(",\n" + INDENT, parts) + "\n)"
                + dialect.tableSuffix(table.comment());
    }

    private List<String> comments(Table table) {
        List<String> comments = new ArrayList<>();
        if (!table.comment().isEmpty()) {
            comments.add(dialect.tableComment(table.namespace(), table.name(), table.comment()));
        }
        for (Column column : table.columns()) {
            if (!column.comment().isEmpty()) {
                comments.add(dialect.columnComment(table.namespace(), table.name(), column));
            }
        }
        return comments;
    }

    private String createIndex(Table table, Index index) {
        // Only asc and desc are an order: any other word of columnList is never written, so it cannot end the statement.
        String columns = index.columns().stream()
                .map(c -> ORDERS.contains(c.order().toLowerCase(Locale.ROOT))
                        ? dialect.identifier(c.name()) + " " + c.order().toLowerCase(Locale.ROOT) : dialect.identifier(c.name()))
                .collect(Collectors.joining(", "));
        List<String> nullable = index.unique()
                ? table.nullableColumns(index.columns().stream().map(Index.IndexColumn::name).toList()) : List.of();
        return dialect.createIndex(dialect.indexName(table.namespace(), namer.index(table, index)), qualified(table), columns,
                index.unique(), nullable);
    }

    /** The table's name with the parts of its namespace this database has. */
    private String qualified(Table table) {
        return dialect.qualified(table.namespace(), table.name());
    }

    /** Names as this database writes them, comma-separated. */
    String list(List<String> names) {
        return list(dialect, names);
    }

    static String list(Dialect dialect, List<String> names) {
        return String.join(", ", names.stream().map(dialect::identifier).toList());
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** A unique key with the name the namer chose; an empty name lets the database choose. */
    private record NamedKey(String name, List<String> columns) {

        String constraint(Dialect dialect) {
            return name.isEmpty() ? "" : "constraint " + dialect.identifier(name) + " ";
        }

        boolean anonymousSingleColumn() {
            return name.isEmpty() && columns.size() == 1;
        }
    }
}
