package io.modeldoc.processor.javagen;

import java.util.Locale;

/**
 * Any text made safe inside generated Java: a string literal JavaPoet cannot break across lines (it splits its output
 * on every Unicode line break, U+2028 and U+0085 included, even inside a literal), and Javadoc that no text can end
 * ({@code *}{@code /}), unbalance ({@code {}}) or turn into a unicode escape (a backslash).
 */
final class JavaText {

    private JavaText() {
    }

    /** {@code text} as a Java string literal: printable ASCII and letters as they are, every other character escaped. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c >= 0x20 && c < 0x7f) {
                        out.append(c);
                    } else if (Character.isLetterOrDigit(c) && !Character.isSurrogate(c)) {
                        out.append(c);
                    } else if (c < 0x20 || c == 0x7f) {
                        out.append(String.format(Locale.ROOT, "\\%03o", (int) c)); // octal: a \\u000a would end the line
                    } else {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** {@code text} as Javadoc code: {@code <code>…</code>} with every character that could break the comment an HTML entity. */
    static String code(String text) {
        if (text.chars().allMatch(JavaText::plain)) {
            return "{@code " + text + "}";
        }
        StringBuilder out = new StringBuilder("<code>");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(plain(c) ? String.valueOf(c) : "&#" + (int) c + ";");
        }
        return out.append("</code>").toString();
    }

    private static boolean plain(int c) {
        return Character.isLetterOrDigit(c) && !Character.isSurrogate((char) c) || c == '_' || c == '.' || c == '"' || c == '`' || c == '$';
    }
}
