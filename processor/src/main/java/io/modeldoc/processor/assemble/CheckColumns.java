package io.modeldoc.processor.assemble;

import io.modeldoc.processor.diag.Message;
import io.modeldoc.processor.diag.Origin;
import io.modeldoc.processor.diag.Problem;
import io.modeldoc.processor.model.Check;
import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.Rule;
import io.modeldoc.processor.model.Table;
import io.modeldoc.processor.read.EntitySource;
import io.modeldoc.processor.read.RuleSource;
import io.modeldoc.processor.sql.SqlCondition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A business rule's check is SQL over the columns of the table it constrains: every name in it must be one of them,
 * or the database refuses the script (or, for a name it reads as something else, checks something else). A key word
 * ({@code and}, {@code null}, {@code date}), a function's name and a literal are no names.
 */
final class CheckColumns {

    private CheckColumns() {
    }

    /**
     * A problem, on the rule's annotation value, for each check naming what its table does not have.
     *
     * @param rules the rules of each entity by qualified name, in {@link CheckNames#declared} order
     */
    static List<Problem> unknown(List<EntitySource> sources, Map<String, List<Rule>> rules, Collection<Table> tables) {
        Map<Check, List<Table>> holders = new LinkedHashMap<>();
        tables.forEach(table -> table.checks().forEach(check -> holders.computeIfAbsent(check, c -> new ArrayList<>()).add(table)));
        List<Problem> problems = new ArrayList<>();
        for (EntitySource source : sources) {
            List<Map.Entry<String, RuleSource>> declared = CheckNames.declared(source);
            List<Rule> assembled = rules.get(source.qualifiedName());
            for (int i = 0; i < assembled.size(); i++) {
                Rule rule = assembled.get(i);
                if (!rule.enforcedByDatabase()) {
                    continue;
                }
                // a table-per-class ancestor's check is in each concrete table, with the same columns: reported once
                for (Table table : holders.getOrDefault(new Check(rule.checkName(), rule.check()), List.of())) {
                    Set<String> unknown = unknownNames(rule.check(), table.columns());
                    if (!unknown.isEmpty()) {
                        String attribute = declared.get(i).getKey();
                        problems.add(Problem.of(Message.CHECK_COLUMN,
                                new Origin(source.qualifiedName(), attribute).at(declared.get(i).getValue().check()),
                                CheckNames.where(source, attribute), String.join(", ", unknown), table.name(),
                                String.join(", ", table.columns().stream().map(Column::name).toList())));
                        break;
                    }
                }
            }
        }
        return problems;
    }

    /** The names in a condition that are neither a column of the table nor a key word, each once, as written. */
    static Set<String> unknownNames(String condition, List<Column> columns) {
        Set<String> unknown = new LinkedHashSet<>();
        for (SqlCondition.Token name : SqlCondition.names(condition)) {
            if (SqlCondition.column(name, columns).isEmpty() && !SqlCondition.isKeyWord(name)) {
                unknown.add(name.name());
            }
        }
        return unknown;
    }
}
