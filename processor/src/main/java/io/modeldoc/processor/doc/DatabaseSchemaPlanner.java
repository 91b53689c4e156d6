package io.modeldoc.processor.doc;

import io.modeldoc.processor.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Plans Database Schema: each table's DDL from the script (its indexes and foreign keys with it), then the index table. */
final class DatabaseSchemaPlanner {

    private final ModelLookup lookup;

    DatabaseSchemaPlanner(ModelLookup lookup) {
        this.lookup = lookup;
    }

    /**
     * {@code null} when the feature has no tables.
     *
     * @param coverage the index coverage of {@code tables}, whose rows make the index table
     */
    DatabaseSchemaSection plan(List<TableFacts> tables, IndexCoverage.Coverage coverage) {
        return plan(tables, coverage, t -> false, "");
    }

    /**
     * @param unchanged  whether a table is as the baseline has it: its DDL is then not quoted, only named
     * @param schemaFile the create script that holds every table's DDL
     */
    DatabaseSchemaSection plan(List<TableFacts> tables, IndexCoverage.Coverage coverage,
                               java.util.function.Predicate<TableFacts> unchanged, String schemaFile) {
        if (tables.isEmpty()) {
            return null;
        }
        List<DatabaseSchemaSection.TableBlock> blocks = new ArrayList<>();
        List<String> asBefore = new ArrayList<>();
        for (TableFacts table : tables) {
            if (unchanged.test(table)) {
                asBefore.add(Markdown.code(table.table().qualifiedName()));
                continue;
            }
            // with its schema and catalog, as a reader finds it in the database
            String name = table.table().qualifiedName();
            List<String> ddl = new ArrayList<>();
            lookup.statements(table.name(), Statement.Kind.TABLE).forEach(s -> ddl.add(s.sql() + ";"));
            // The table's indexes and foreign keys with it: each statement is quoted once, where a DBA looks for it.
            List<String> after = new ArrayList<>();
            lookup.statements(table.name(), Statement.Kind.INDEX).forEach(s -> after.add(s.sql() + ";"));
            lookup.statements(table.name(), Statement.Kind.FOREIGN_KEY).forEach(s -> after.add(s.sql() + ";"));
            if (!after.isEmpty()) {
                ddl.add(String.join("\n", after));
            }
            if (!ddl.isEmpty()) {
                String sql = String.join("\n\n", ddl);
                blocks.add(new DatabaseSchemaSection.TableBlock(Markdown.heading(name), sql, Markdown.fenceFor(sql)));
            }
        }
        String unchangedTables = asBefore.isEmpty() ? ""
                : "Unchanged since the baseline, so not repeated here (" + Markdown.code(schemaFile) + " has their DDL): "
                        + Words.series(asBefore) + ".";
        return new DatabaseSchemaSection(blocks, unchangedTables, coverage.rows());
    }

    /** {@code `table(a, b)`}. */
    static String columnsOf(String table, List<String> columns) {
        return Markdown.code(table + "(" + String.join(", ", columns) + ")");
    }
}
