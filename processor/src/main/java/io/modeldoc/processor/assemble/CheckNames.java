package io.modeldoc.processor.assemble;

import io.modeldoc.processor.model.Rule;
import io.modeldoc.processor.read.AttributeSource;
import io.modeldoc.processor.read.EntitySource;
import io.modeldoc.processor.read.RuleSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import io.modeldoc.processor.diag.Message;
import io.modeldoc.processor.diag.Origin;
import io.modeldoc.processor.diag.Problem;

/**
 * The business rules of an entity, entity-level first, with a name for each rule that has a
 * CHECK: {@code ck_<table>_<rule id>}, or {@code ck_<table>_<n>} for a rule without an id.
 */
final class CheckNames {

    /** A run of characters other than lower-case letters and digits, underscores included: one underscore. */
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    /** The rules; a check that is not one boolean expression is reported to {@code problems} and left out. */
    List<Rule> of(EntitySource entity, String table, List<Problem> problems) {
        List<Rule> rules = new ArrayList<>();
        int[] unnamed = {0};
        for (RuleSource rule : entity.rules()) {
            rules.add(rule(entity, rule, "", table, unnamed, problems));
        }
        for (AttributeSource attribute : entity.attributes()) {
            for (RuleSource rule : attribute.rules()) {
                rules.add(rule(entity, rule, attribute.name(), table, unnamed, problems));
            }
        }
        return List.copyOf(rules);
    }

    private static Rule rule(EntitySource entity, RuleSource rule, String attribute, String table, int[] unnamed,
                             List<Problem> problems) {
        String check = rule.check().trim();
        Optional<String> problem = check.isEmpty() ? Optional.empty() : CheckExpressions.problem(check);
        if (problem.isPresent()) {
            String where = attribute.isEmpty() ? entity.simpleName() : entity.simpleName() + "." + attribute;
            problems.add(Problem.of(Message.BAD_CHECK, new Origin(entity.qualifiedName(), attribute), where, problem.get(), check));
            check = "";
        }
        String name = "";
        if (!check.isEmpty()) {
            String suffix = rule.id().isEmpty() ? Integer.toString(++unnamed[0]) : rule.id();
            name = identifier("ck_" + table + "_" + suffix);
        }
        return new Rule(rule.id(), rule.text(), check, attribute, name);
    }

    /** A lower-case SQL name: other characters become underscores. */
    static String identifier(String text) {
        return SEPARATORS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("_");
    }
}
