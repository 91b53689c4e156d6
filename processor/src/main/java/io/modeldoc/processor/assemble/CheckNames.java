package io.modeldoc.processor.assemble;

import io.modeldoc.processor.model.Rule;
import io.modeldoc.processor.read.AttributeSource;
import io.modeldoc.processor.read.EntitySource;
import io.modeldoc.processor.read.RuleSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The business rules of an entity, entity-level first, with a name for each rule that has a
 * CHECK: {@code ck_<table>_<rule id>}, or {@code ck_<table>_<n>} for a rule without an id.
 */
final class CheckNames {

    List<Rule> of(EntitySource entity, String table) {
        List<Rule> rules = new ArrayList<>();
        int[] unnamed = {0};
        for (RuleSource rule : entity.rules()) {
            rules.add(rule(rule, "", table, unnamed));
        }
        for (AttributeSource attribute : entity.attributes()) {
            for (RuleSource rule : attribute.rules()) {
                rules.add(rule(rule, attribute.name(), table, unnamed));
            }
        }
        return List.copyOf(rules);
    }

    private static Rule rule(RuleSource rule, String attribute, String table, int[] unnamed) {
        String check = rule.check().trim();
        String name = "";
        if (!check.isEmpty()) {
            String suffix = rule.id().isEmpty() ? Integer.toString(++unnamed[0]) : rule.id();
            name = identifier("ck_" + table + "_" + suffix);
        }
        return new Rule(rule.id(), rule.text(), check, attribute, name);
    }

    private static String identifier(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_").replaceAll("_+", "_");
    }
}
