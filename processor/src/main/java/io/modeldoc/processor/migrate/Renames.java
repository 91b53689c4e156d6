package io.modeldoc.processor.migrate;

import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.Table;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tables and columns renamed between two models, known only from {@code @RenamedFrom}: a rename is
 * never guessed from similar names. Maps the target model's names to the source model's.
 *
 * @param tables  lower-cased target table name → source table name
 * @param columns lower-cased target table name → lower-cased target column name → source column name
 */
public record Renames(Map<String, String> tables, Map<String, Map<String, String>> columns) {

    public Renames {
        tables = Map.copyOf(tables);
        columns = Map.copyOf(columns);
    }

    /** The renames that {@code current} declares against its baseline. */
    public static Renames declaredBy(DataModel current) {
        Map<String, String> tables = new TreeMap<>();
        Map<String, Map<String, String>> columns = new TreeMap<>();
        for (Table table : current.tables()) {
            if (!table.renamedFrom().isEmpty()) {
                tables.put(lower(table.name()), table.renamedFrom());
            }
            for (Column column : table.columns()) {
                if (!column.renamedFrom().isEmpty()) {
                    columns.computeIfAbsent(lower(table.name()), t -> new TreeMap<>()).put(lower(column.name()), column.renamedFrom());
                }
            }
        }
        return new Renames(tables, columns);
    }

    /** The same renames seen from the other side, for the rollback. */
    public Renames inverse() {
        Map<String, String> tablesBack = new TreeMap<>();
        Map<String, String> tableNames = new TreeMap<>();
        tables.forEach((to, from) -> {
            tablesBack.put(lower(from), to);
            tableNames.put(to, from);
        });
        Map<String, Map<String, String>> columnsBack = new TreeMap<>();
        columns.forEach((table, renamed) -> {
            String sourceTable = lower(tableNames.getOrDefault(table, table));
            renamed.forEach((to, from) -> columnsBack.computeIfAbsent(sourceTable, t -> new TreeMap<>()).put(lower(from), to));
        });
        return new Renames(tablesBack, columnsBack);
    }

    /** The source name of the target table {@code name}. */
    String sourceTable(String name) {
        return tables.getOrDefault(lower(name), name);
    }

    /** The source name of column {@code column} of target table {@code table}. */
    String sourceColumn(String table, String column) {
        return columns.getOrDefault(lower(table), Map.of()).getOrDefault(lower(column), column);
    }

    static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
