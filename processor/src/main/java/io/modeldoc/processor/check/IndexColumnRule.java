package io.modeldoc.processor.check;

import io.modeldoc.processor.diag.Message;
import io.modeldoc.processor.diag.Origin;
import io.modeldoc.processor.diag.Problem;
import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.Index;
import io.modeldoc.processor.model.Table;
import io.modeldoc.processor.model.UniqueKey;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Indexes and unique constraints must name columns their table has, and index names must be unique
 * in the schema.
 */
final class IndexColumnRule implements Rule {

    @Override
    public void check(CheckContext context, List<Problem> problems) {
        Map<String, Table> indexNames = new TreeMap<>();
        for (Table table : context.model().tables()) {
            if (table.isJoinTable()) {
                continue;
            }
            Origin origin = Origin.of(table.entity());
            String simpleName = table.entity().substring(table.entity().lastIndexOf('.') + 1);
            List<String> columns = table.columns().stream().map(Column::name).toList();
            for (Index index : table.indexes()) {
                if (index.columns().isEmpty()) {
                    problems.add(Problem.of(Message.NO_COLUMNS, origin, "index", label(index.name()), simpleName,
                            "columnList = \"\"", table.name()));
                }
                for (Index.IndexColumn column : index.columns()) {
                    if (table.column(column.name()).isEmpty()) {
                        problems.add(Problem.of(Message.UNKNOWN_INDEX_COLUMN, origin, label(index.name()), simpleName,
                                column.name(), table.name(), columns));
                    }
                }
                if (!index.name().isEmpty()) {
                    Table first = indexNames.putIfAbsent(index.name().toLowerCase(Locale.ROOT), table);
                    if (first != null) {
                        problems.add(Problem.of(Message.DUPLICATE_INDEX_NAME, origin, index.name(), first.name(), table.name()));
                    }
                }
            }
            for (UniqueKey key : table.uniqueKeys()) {
                if (key.columns().isEmpty()) {
                    problems.add(Problem.of(Message.NO_COLUMNS, origin, "unique constraint", label(key.name()), simpleName,
                            "columnNames = {}", table.name()));
                }
                for (String column : key.columns()) {
                    if (table.column(column).isEmpty()) {
                        problems.add(Problem.of(Message.UNKNOWN_UNIQUE_COLUMN, origin, label(key.name()), simpleName,
                                column, table.name(), columns));
                    }
                }
            }
        }
    }

    private static String label(String name) {
        return name.isEmpty() ? "(unnamed)" : name;
    }
}
