package io.modeldoc.processor.doc;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Bean Validation constraint, as the model words it, written for a table cell as a reader would say it: a regular
 * expression or a comparison in a code span rather than backslash-escaped, {@code @Size(min = 17, max = 17)} as
 * {@code exactly 17 characters}.
 */
final class ValidationWords {

    private static final Pattern SIZE = Pattern.compile("size (?:(\\d+)–(\\d+)|≤ (\\d+)|≥ (\\d+))");
    private static final Pattern TEXT = Pattern.compile("(?:java\\.lang\\.)?(?:String|CharSequence|char\\[\\]|Character\\[\\])");

    private ValidationWords() {
    }

    /** @param javaType the attribute's type as the document shows it: sizes count characters of text, elements of others */
    static String cell(String validation, String javaType) {
        String said = validation.strip();
        if (said.startsWith("matches ")) {
            return "matches " + Markdown.codeCell(said.substring("matches ".length()));
        }
        Matcher size = SIZE.matcher(said);
        if (size.matches()) {
            String unit = TEXT.matcher(javaType.strip()).matches() ? "character" : "element";
            if (size.group(1) != null) {
                return size.group(1).equals(size.group(2)) ? "exactly " + Words.count(Integer.parseInt(size.group(1)), unit)
                        : size.group(1) + " to " + Words.count(Integer.parseInt(size.group(2)), unit);
            }
            return size.group(3) != null ? "at most " + Words.count(Integer.parseInt(size.group(3)), unit)
                    : "at least " + Words.count(Integer.parseInt(size.group(4)), unit);
        }
        String escaped = Markdown.cell(said);
        // What Markdown would read as markup is a literal: shown as code, not behind backslashes.
        return escaped.equals(said) ? said : Markdown.codeCell(said);
    }

    /** Whether the validation says the same as a not-null constraint. */
    static boolean isNotNull(String validation) {
        return validation.strip().toLowerCase(Locale.ROOT).equals("not null");
    }
}
