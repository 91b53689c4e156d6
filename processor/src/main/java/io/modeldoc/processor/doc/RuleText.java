package io.modeldoc.processor.doc;

import io.modeldoc.processor.model.Rule;

/** A business rule as one list item: {@code BR-8: text (CHECK `name`: `expr`)}. */
final class RuleText {

    private RuleText() {
    }

    static String bullet(Rule rule) {
        StringBuilder out = new StringBuilder();
        String attribute = rule.attribute().isBlank() ? "" : Markdown.code(rule.attribute());
        if (!rule.id().isBlank()) {
            out.append(Markdown.inline(rule.id())).append(attribute.isEmpty() ? "" : " (" + attribute + ")").append(": ");
        } else if (!attribute.isEmpty()) {
            out.append(attribute).append(": ");
        }
        out.append(text(rule));
        out.append(" (").append(enforcement(rule)).append(").");
        return out.toString();
    }

    /** The rule's text, escaped, without its full stop: a bracket follows it, then the stop. */
    static String text(Rule rule) {
        String text = rule.text().strip();
        return Markdown.inline(text.endsWith(".") ? text.substring(0, text.length() - 1) : text);
    }

    /** How the rule is enforced: by a named CHECK constraint, or by the application. */
    static String enforcement(Rule rule) {
        if (!rule.enforcedByDatabase()) {
            return "checked in the application";
        }
        String expression = Markdown.code(rule.check());
        return rule.checkName().isBlank() ? "CHECK " + expression : "CHECK " + Markdown.code(rule.checkName()) + ": " + expression;
    }
}
