package io.modeldoc.processor.sql;

import java.util.Optional;

/**
 * Whether SQL text written in an annotation — a {@code @BusinessRule(check)} expression, a {@code columnDefinition} —
 * can sit inside a statement as one piece: nothing that ends the statement, comments out the rest, or leaves a quote
 * or parenthesis open, so that no annotation value can smuggle in a statement of its own. It cannot prove the text
 * valid SQL; the database does that.
 */
public final class SqlFragments {

    private SqlFragments() {
    }

    /**
     * Why the fragment cannot be written into a statement; empty when it can. MySQL and MariaDB read a
     * backslash in a string as an escape ({@code '\''} is one quote), the standard does not ({@code ''}
     * is): the fragment must be safe read either way, or a string one database closes would hide a
     * statement from the other.
     */
    public static Optional<String> problem(String expression) {
        if (expression.isBlank()) {
            return Optional.of("it is blank");
        }
        return scan(expression, false).or(() -> scan(expression, true));
    }

    private static Optional<String> scan(String expression, boolean backslashEscapes) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            char next = i + 1 < expression.length() ? expression.charAt(i + 1) : 0;
            if (quote != 0) {
                if (backslashEscapes && c == '\\' && quote != '`') {
                    i++; // the next character stands for itself
                } else if (c == quote) {
                    if (next == quote) {
                        i++; // a doubled quote stands for itself
                    } else {
                        quote = 0;
                    }
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == ';') {
                return Optional.of("it contains ';', which would end the statement");
            } else if (c == '-' && next == '-' || c == '/' && next == '*') {
                return Optional.of("it contains a comment, which would hide the rest of the statement");
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                return Optional.of("a ')' closes a parenthesis that was never opened");
            }
        }
        if (quote != 0) {
            return Optional.of("a quoted string or name is not closed");
        }
        return depth != 0 ? Optional.of("a '(' is never closed") : Optional.empty();
    }
}
