package io.modeldoc.processor.check;

import io.modeldoc.processor.diag.Message;
import io.modeldoc.processor.diag.Problem;
import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.Table;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code @RenamedFrom} must name a table or column the baseline has: a rename that points nowhere
 * would silently become a drop and an add. {@link ModelChecks#runAgainst} runs it only when there is a baseline.
 */
final class RenamedFromRule implements Rule {

    @Override
    public void check(CheckContext context, List<Problem> problems) {
        DataModel baseline = context.baseline();
        Map<String, Table> before = new TreeMap<>();
        baseline.tables().forEach(t -> before.put(lower(t.name()), t));
        for (Table table : context.model().tables()) {
            if (!table.renamedFrom().isEmpty() && !before.containsKey(lower(table.renamedFrom()))) {
                problems.add(Problem.of(Message.RENAMED_FROM_NOWHERE, context.originOf(table), table.renamedFrom(),
                        table.name(), "table", "its tables are " + before.keySet()));
            }
            Table old = before.get(lower(table.renamedFrom().isEmpty() ? table.name() : table.renamedFrom()));
            for (Column column : table.columns()) {
                if (!column.renamedFrom().isEmpty() && (old == null || old.column(column.renamedFrom()).isEmpty())) {
                    String known = old == null ? "the table is new" : "its columns are " + old.columns().stream().map(Column::name).toList();
                    problems.add(Problem.of(Message.RENAMED_FROM_NOWHERE, context.originOf(table, column), column.renamedFrom(),
                            table.name() + "." + column.name(), "column", known));
                }
            }
        }
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
