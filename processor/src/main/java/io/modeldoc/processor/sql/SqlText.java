package io.modeldoc.processor.sql;

/**
 * Makes text safe inside a statement: string literals that cannot be ended early, and user SQL
 * (check conditions) kept on one line, because a consumer splits scripts on lines ending in {@code ;}.
 */
final class SqlText {

    private SqlText() {
    }

    /**
     * Quotes {@code text} as a SQL string literal: single quotes doubled, line breaks and other
     * control characters turned into spaces, and backslashes doubled where the database reads
     * them as escapes (MySQL, MariaDB).
     */
    static String literal(String text, boolean doubleBackslashes) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('\'');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                out.append("''");
            } else if (c == '\\' && doubleBackslashes) {
                out.append("\\\\");
            } else if (breaksLine(c)) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.append('\'').toString();
    }

    /**
     * A SQL condition on one line: {@code --} comments outside literals dropped (joining lines would
     * otherwise comment out the rest), line breaks and control characters turned into spaces, and
     * trailing semicolons dropped (a condition is never a statement of its own).
     */
    static String oneLine(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        boolean inLiteral = false;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'') {
                inLiteral = !inLiteral;
            } else if (!inLiteral && c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
                while (i < sql.length() && sql.charAt(i) != '\n' && sql.charAt(i) != '\r') {
                    i++;
                }
                continue;
            }
            out.append(breaksLine(c) ? ' ' : c);
            i++;
        }
        String line = out.toString().strip();
        while (line.endsWith(";")) {
            line = line.substring(0, line.length() - 1).strip();
        }
        return line;
    }

    private static boolean breaksLine(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }
}
