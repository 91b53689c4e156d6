package io.modeldoc.processor.doc;

import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.ForeignKey;
import io.modeldoc.processor.model.Index;
import io.modeldoc.processor.model.UniqueKey;
import io.modeldoc.processor.sql.ConstraintNamer;
import io.modeldoc.processor.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Plans Database Schema: each table's DDL from the script, then its keys and indexes. */
final class DatabaseSchemaPlanner {

    private final ModelLookup lookup;
    private final ConstraintNamer namer;

    DatabaseSchemaPlanner(ModelLookup lookup, ConstraintNamer namer) {
        this.lookup = lookup;
        this.namer = namer;
    }

    /**
     * {@code null} when the feature has no tables.
     *
     * @param coverage the index coverage of {@code tables}, whose rows make the index table
     */
    DatabaseSchemaSection plan(List<TableFacts> tables, IndexCoverage.Coverage coverage) {
        if (tables.isEmpty()) {
            return null;
        }
        List<DatabaseSchemaSection.TableBlock> blocks = new ArrayList<>();
        List<String> primaryKeys = new ArrayList<>();
        List<String> foreignKeys = new ArrayList<>();
        List<String> uniqueKeys = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        List<String> indexSql = new ArrayList<>();
        for (TableFacts table : tables) {
            // with its schema and catalog, as a reader finds it in the database
            String name = table.table().qualifiedName();
            List<String> ddl = new ArrayList<>();
            lookup.statements(table.name(), Statement.Kind.TABLE).forEach(s -> ddl.add(s.sql() + ";"));
            lookup.statements(table.name(), Statement.Kind.FOREIGN_KEY).forEach(s -> ddl.add(s.sql() + ";"));
            if (!ddl.isEmpty()) {
                String sql = String.join("\n\n", ddl);
                blocks.add(new DatabaseSchemaSection.TableBlock(Markdown.heading(name), sql, Markdown.fenceFor(sql)));
            }
            if (!table.table().primaryKey().isEmpty()) {
                primaryKeys.add(columnsOf(name, table.table().primaryKey()));
            }
            for (ForeignKey fk : table.table().foreignKeys()) {
                foreignKeys.add(Markdown.code(namer.foreignKey(table.table(), fk)) + ": " + columnsOf(name, fk.columns())
                        + " → " + columnsOf(fk.referencedNamespace().qualify(fk.referencedTable()), fk.referencedColumns()));
            }
            for (Column column : table.table().columns()) {
                if (column.unique()) {
                    uniqueKeys.add(unique(table, new UniqueKey("", List.of(column.name()))));
                }
            }
            table.table().uniqueKeys().forEach(key -> uniqueKeys.add(unique(table, key)));
            for (Index index : table.table().indexes()) {
                String columns = String.join(", ", index.columns().stream()
                        .map(c -> c.order().isBlank() ? c.name() : c.name() + " " + c.order()).toList());
                indexes.add(Markdown.code(namer.index(table.table(), index)) + ": " + Markdown.code(name + "(" + columns + ")")
                        + (index.unique() ? " (unique)" : ""));
            }
            lookup.statements(table.name(), Statement.Kind.INDEX).forEach(s -> indexSql.add(s.sql() + ";"));
        }
        String sql = String.join("\n", indexSql);
        return new DatabaseSchemaSection(blocks, primaryKeys, foreignKeys, uniqueKeys, indexes, coverage.rows(), sql, Markdown.fenceFor(sql));
    }

    private String unique(TableFacts table, UniqueKey key) {
        return Markdown.code(namer.uniqueKey(table.table(), key)) + ": " + columnsOf(table.table().qualifiedName(), key.columns());
    }

    /** {@code `table(a, b)`}. */
    static String columnsOf(String table, List<String> columns) {
        return Markdown.code(table + "(" + String.join(", ", columns) + ")");
    }
}
