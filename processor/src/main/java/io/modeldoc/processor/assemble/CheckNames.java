package io.modeldoc.processor.assemble;

import io.modeldoc.processor.model.Rule;
import io.modeldoc.processor.read.AttributeSource;
import io.modeldoc.processor.read.EntitySource;
import io.modeldoc.processor.read.RuleSource;
import io.modeldoc.processor.sql.SqlCondition;
import io.modeldoc.processor.sql.SqlFragments;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import io.modeldoc.processor.diag.Message;
import io.modeldoc.processor.diag.Origin;
import io.modeldoc.processor.diag.Problem;

/**
 * The business rules of an entity, entity-level first, with a name for each rule that has a
 * CHECK: {@code ck_<table>_<rule id>}, or {@code ck_<table>_<n>} for a rule without an id, numbered across the
 * entities sharing the table (in the order of their qualified names), so that no two checks of a table share a name. Each
 * {@code {attribute}} placeholder of a check becomes the name of the attribute's column under the active naming.
 */
final class CheckNames {

    /** A run of characters other than lower-case letters and digits, underscores included: one underscore. */
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    private final EntityTables entities;
    private final TableAssembler tables;
    /** The rules without an id so far, per table: the entities of a single-table hierarchy number theirs in one row. */
    private final Map<String, int[]> unnamedPerTable = new java.util.HashMap<>();

    CheckNames(EntityTables entities, TableAssembler tables) {
        this.entities = entities;
        this.tables = tables;
    }

    /**
     * The rules; a check that is not one boolean expression, or names an attribute without one column, is reported
     * to {@code problems} and left out.
     */
    List<Rule> of(EntitySource entity, String table, List<Problem> problems) {
        List<Rule> rules = new ArrayList<>();
        int[] unnamed = unnamedPerTable.computeIfAbsent(table.toLowerCase(Locale.ROOT), t -> new int[1]);
        for (Map.Entry<String, RuleSource> declared : declared(entity)) {
            rules.add(rule(entity, declared.getValue(), declared.getKey(), table, unnamed, problems));
        }
        return List.copyOf(rules);
    }

    /** The entity's rules as written, each with the attribute declaring it (empty for the entity), in model order. */
    static List<Map.Entry<String, RuleSource>> declared(EntitySource entity) {
        List<Map.Entry<String, RuleSource>> rules = new ArrayList<>();
        entity.rules().forEach(rule -> rules.add(new AbstractMap.SimpleImmutableEntry<>("", rule)));
        for (AttributeSource attribute : entity.attributes()) {
            attribute.rules().forEach(rule -> rules.add(new AbstractMap.SimpleImmutableEntry<>(attribute.name(), rule)));
        }
        return rules;
    }

    /** How a diagnostic names where a rule is declared: {@code Order} or {@code Order.total}. */
    static String where(EntitySource entity, String attribute) {
        return attribute.isEmpty() ? entity.simpleName() : entity.simpleName() + "." + attribute;
    }

    private Rule rule(EntitySource entity, RuleSource rule, String attribute, String table, int[] unnamed,
                      List<Problem> problems) {
        String check = rule.check().trim();
        Optional<String> problem = check.isEmpty() ? Optional.empty() : SqlFragments.problem(check);
        Origin origin = new Origin(entity.qualifiedName(), attribute);
        if (problem.isPresent()) {
            problems.add(Problem.of(Message.BAD_CHECK, origin, where(entity, attribute), problem.get(), check));
            check = "";
        } else if (!check.isEmpty()) {
            check = resolvePlaceholders(entity, attribute, check, origin.at(rule.check()), problems);
        }
        String name = "";
        if (!check.isEmpty()) {
            String suffix = rule.id().isEmpty() ? Integer.toString(++unnamed[0]) : rule.id();
            name = identifier("ck_" + table + "_" + suffix);
        }
        return new Rule(rule.id(), rule.text(), check, attribute, name);
    }

    /**
     * The check with each {@code {attribute}} replaced by the name of that attribute's column, as the model writes it
     * (the dialects quote it where they must); empty, with a problem, when a placeholder names no attribute of the
     * entity or its parents with exactly one column.
     */
    private String resolvePlaceholders(EntitySource entity, String attribute, String check, Origin origin,
                                       List<Problem> problems) {
        List<SqlCondition.Token> placeholders = SqlCondition.tokens(check).stream()
                .filter(t -> t.kind() == SqlCondition.Kind.PLACEHOLDER).toList();
        if (placeholders.isEmpty()) {
            return check;
        }
        Map<String, AttributeSource> attributes = new LinkedHashMap<>();
        for (EntitySource level = entity; level != null; level = entities.parent(level)) {
            level.attributes().forEach(a -> attributes.putIfAbsent(a.name(), a));
        }
        List<String> columns = new ArrayList<>();
        for (SqlCondition.Token placeholder : placeholders) {
            AttributeSource named = attributes.get(placeholder.text());
            List<String> mapped = named == null ? List.of() : tables.columnsOf(named);
            if (mapped.size() != 1) {
                String why = named == null ? entity.simpleName() + " has no attribute " + placeholder.text()
                        : mapped.isEmpty() ? "attribute " + named.name() + " has no column in table " + entities.table(entity.qualifiedName())
                        : "attribute " + named.name() + " has " + mapped.size() + " columns (" + String.join(", ", mapped) + ")";
                List<String> oneColumn = attributes.values().stream().filter(a -> tables.columnsOf(a).size() == 1)
                        .map(AttributeSource::name).toList();
                problems.add(Problem.of(Message.CHECK_PLACEHOLDER, origin, where(entity, attribute), placeholder.text(), why,
                        entity.simpleName(), String.join(", ", oneColumn)));
                return "";
            }
            columns.add(mapped.get(0));
        }
        return SqlCondition.replace(check, placeholders, p -> columns.get(placeholders.indexOf(p)));
    }

    /** A lower-case SQL name: other characters become underscores. */
    static String identifier(String text) {
        return SEPARATORS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("_");
    }
}
