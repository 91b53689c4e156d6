package io.modeldoc.processor.migrate;

import io.modeldoc.processor.model.Check;
import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.ForeignKey;
import io.modeldoc.processor.model.Index;
import io.modeldoc.processor.model.Table;
import io.modeldoc.processor.model.UniqueKey;
import io.modeldoc.processor.sql.ConstraintNamer;
import io.modeldoc.processor.sql.Dialect;
import io.modeldoc.processor.sql.SqlCondition;
import io.modeldoc.processor.sql.SchemaPlanner;
import io.modeldoc.processor.sql.SqlScript;
import io.modeldoc.processor.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The named objects of one model's schema in one dialect, each with the statement creating it as
 * the create script writes it: comparing two models' statements finds what to drop and add, and
 * the SQL text is written once, by the SQL layer.
 */
final class SchemaObjects {

    /**
     * A foreign key, index, unique key or check: the table it belongs to, its name, its create statement, and for a
     * unique key the columns that may hold null (SQL Server keeps such a key as a filtered index).
     */
    record Named(String table, String name, List<String> columns, String create, List<String> nullableColumns) {

        Named(String table, String name, List<String> columns, String create) {
            this(table, name, columns, create, List.of());
        }
    }

    final SqlScript script;
    final List<Named> foreignKeys = new ArrayList<>();
    final List<Named> indexes = new ArrayList<>();
    final List<Named> uniqueKeys = new ArrayList<>();
    final List<Named> checks = new ArrayList<>();

    SchemaObjects(DataModel model, SchemaPlanner planner, ConstraintNamer namer, Dialect dialect) {
        script = planner.plan(model);
        for (Table table : model.tables()) {
            // qualified as the create script qualifies the table, so that the statement reaches it in its namespace
            String qualified = dialect.qualified(table.namespace(), table.name());
            List<Statement> fkStatements = script.about(table.name(), Statement.Kind.FOREIGN_KEY);
            for (int i = 0; i < table.foreignKeys().size(); i++) {
                ForeignKey key = table.foreignKeys().get(i);
                foreignKeys.add(new Named(table.name(), namer.foreignKey(table, key), lower(key.columns()), fkStatements.get(i).sql()));
            }
            List<Statement> indexStatements = script.about(table.name(), Statement.Kind.INDEX);
            for (int i = 0; i < table.indexes().size(); i++) {
                Index index = table.indexes().get(i);
                indexes.add(new Named(table.name(), namer.index(table, index),
                        lower(index.columns().stream().map(Index.IndexColumn::name).toList()), indexStatements.get(i).sql()));
            }
            for (UniqueKey key : uniqueKeys(table)) {
                String name = namer.uniqueKey(table, key);
                List<String> nullable = table.nullableColumns(key.columns());
                uniqueKeys.add(new Named(table.name(), name, lower(key.columns()),
                        dialect.addUniqueKey(qualified, name, key.columns(), nullable), nullable));
            }
            for (Check check : table.checks()) {
                if (!check.name().isEmpty()) {
                    checks.add(new Named(table.name(), check.name(), List.of(), dialect.addCheck(qualified, check.name(),
                            SqlCondition.written(check.expression(), table.columns(), dialect))));
                }
            }
        }
    }

    /** The statements creating the namespaces the model's tables and sequences live in, as the create script has them. */
    List<String> createNamespaces() {
        return script.statements().stream().filter(s -> s.kind() == Statement.Kind.NAMESPACE).map(Statement::sql).toList();
    }

    /** The statements creating the table itself, its comments, indexes and unique keys, as the create script has them. */
    List<String> createTable(String table) {
        return script.statements().stream()
                .filter(s -> s.table().equals(table) && s.kind() != Statement.Kind.FOREIGN_KEY)
                .map(Statement::sql).toList();
    }

    /** The definition of each column, as CREATE TABLE writes it, one per line after the first. */
    Map<String, String> columnDefinitions(Table table) {
        String create = script.about(table.name(), Statement.Kind.TABLE).get(0).sql();
        String[] lines = create.split("\n");
        Map<String, String> definitions = new LinkedHashMap<>();
        for (int i = 0; i < table.columns().size(); i++) {
            String line = lines[i + 1].strip();
            definitions.put(lower(table.columns().get(i).name()), line.endsWith(",") ? line.substring(0, line.length() - 1) : line);
        }
        return definitions;
    }

    /** The unique columns, then the unique keys, each column set once (as the create script has them). */
    private static List<UniqueKey> uniqueKeys(Table table) {
        List<UniqueKey> keys = new ArrayList<>();
        List<List<String>> seen = new ArrayList<>();
        List<UniqueKey> all = new ArrayList<>();
        for (Column column : table.columns()) {
            if (column.unique()) {
                all.add(new UniqueKey("", List.of(column.name())));
            }
        }
        all.addAll(table.uniqueKeys());
        for (UniqueKey key : all) {
            List<String> columns = key.columns().stream().map(SchemaObjects::lower).toList();
            int earlier = seen.indexOf(columns);
            if (earlier < 0) {
                seen.add(columns);
                keys.add(key);
            } else if (keys.get(earlier).name().isEmpty() && !key.name().isEmpty()) {
                keys.set(earlier, new UniqueKey(key.name(), keys.get(earlier).columns()));
            }
        }
        return keys;
    }

    /** Whether an index, unique key or the primary key of {@code table} starts with {@code columns}. */
    boolean indexed(String table, List<String> columns, List<String> primaryKey) {
        return startsWith(lower(primaryKey), columns)
                || indexes.stream().anyMatch(i -> i.table().equals(table) && startsWith(i.columns(), columns))
                || uniqueKeys.stream().anyMatch(u -> u.table().equals(table) && startsWith(u.columns(), columns));
    }

    static boolean startsWith(List<String> columns, List<String> prefix) {
        return columns.size() >= prefix.size() && columns.subList(0, prefix.size()).equals(prefix);
    }

    static List<String> lower(List<String> names) {
        return names.stream().map(SchemaObjects::lower).toList();
    }

    static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
