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
        return plan(tables, coverage, t -> false, t -> false, "");
    }

    /**
     * @param unchanged  whether a table is as the baseline has it: its DDL is then not quoted, only named
     * @param migrated   whether the Migration Strategy quotes the statements creating or changing the table: its DDL is
     *                   then not quoted twice, only named
     * @param schemaFile the create script that holds every table's DDL
     */
    DatabaseSchemaSection plan(List<TableFacts> tables, IndexCoverage.Coverage coverage,
                               java.util.function.Predicate<TableFacts> unchanged, java.util.function.Predicate<TableFacts> migrated,
                               String schemaFile) {
        if (tables.isEmpty()) {
            return null;
        }
        List<DatabaseSchemaSection.TableBlock> blocks = new ArrayList<>();
        List<String> asBefore = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (TableFacts table : tables) {
            if (unchanged.test(table)) {
                asBefore.add(Markdown.code(table.table().qualifiedName()));
                continue;
            }
            if (migrated.test(table)) {
                changed.add(Markdown.code(table.table().qualifiedName()));
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
        List<String> notRepeated = new ArrayList<>();
        if (!asBefore.isEmpty()) {
            notRepeated.add(Words.series(asBefore) + (asBefore.size() == 1 ? " is" : " are") + " unchanged since the baseline");
        }
        if (!changed.isEmpty()) {
            notRepeated.add("the statements creating or changing " + Words.series(changed)
                    + " are under [Database Migration](#database-migration)");
        }
        String unchangedTables = notRepeated.isEmpty() ? ""
                : Markdown.code(schemaFile) + " has every table's DDL; not repeated here: " + String.join(", and ", notRepeated) + ".";
        return new DatabaseSchemaSection(blocks, unchangedTables, coverage.rows());
    }

    /** {@code `table(a, b)`}. */
    static String columnsOf(String table, List<String> columns) {
        return Markdown.code(table + "(" + String.join(", ", columns) + ")");
    }
}
