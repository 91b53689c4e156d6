package io.modeldoc.processor.doc;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escaping for GitHub-flavoured Markdown: every piece of user text goes through one of these
 * before it reaches a template, so no text can inject HTML, open a block or break a table.
 */
public final class Markdown {

    /** Characters CommonMark would read as markup anywhere in a line. */
    private static final String INLINE_SPECIAL = "\\`*_<>[]~";
    private static final Pattern ENTITY_LIKE = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");
    /** A code span in a description: one backtick, some text without one, one backtick. */
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");
    private static final Pattern ORDERED_LIST_START = Pattern.compile("^(\\d{1,9})([.)])");

    private Markdown() {
    }

    /** Text for a paragraph or a list item: one line, markup characters escaped. */
    public static String inline(String text) {
        return escapeLineStart(escapeCharacters(text));
    }

    /**
     * A description for a paragraph: as {@link #inline}, with each {@code `x`} (what {@code {@code x}} in Javadoc
     * reads as) shown as code rather than behind backslashes.
     */
    public static String prose(String text) {
        return withCodeSpans(text, false);
    }

    /** A description for a table cell: as {@link #prose}, and a {@code |} cannot end the cell. */
    public static String proseCell(String text) {
        return withCodeSpans(text, true);
    }

    private static String withCodeSpans(String text, boolean cell) {
        String line = oneLine(text);
        Matcher span = CODE_SPAN.matcher(line);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (span.find()) {
            String before = line.substring(from, span.start());
            // only the text that opens the line can open a block
            out.append(from == 0 ? escapeLineStart(escapeRaw(before)) : escapeRaw(before));
            out.append(code(span.group(1)));
            from = span.end();
        }
        String rest = line.substring(from);
        out.append(from == 0 ? escapeLineStart(escapeRaw(rest)) : escapeRaw(rest));
        return cell ? out.toString().replace("|", "\\|") : out.toString();
    }

    /** Text for a table cell: as {@link #inline}, and a {@code |} cannot end the cell. */
    public static String cell(String text) {
        return inline(text).replace("|", "\\|");
    }

    /** Heading text: as {@link #inline}, and {@code #} cannot become a closing sequence. */
    public static String heading(String text) {
        return escapeLineStart(escapeCharacters(text).replace("#", "\\#"));
    }

    /**
     * An inline code span showing {@code text} literally: the fence is one backtick longer than
     * the longest backtick run inside, padded when the text starts or ends with a backtick; the
     * text is stripped and joined to one line first.
     */
    public static String code(String text) {
        String line = oneLine(text);
        if (line.isEmpty()) {
            return "";
        }
        String fence = "`".repeat(longestRun(line, '`') + 1);
        // CommonMark strips one space on each side, so padding lets a backtick touch the edge.
        String space = line.startsWith("`") || line.endsWith("`") ? " " : "";
        return fence + space + line + space + fence;
    }

    /** A code span inside a table cell: GitHub splits cells at {@code |} even inside code spans. */
    public static String codeCell(String text) {
        return code(text).replace("|", "\\|");
    }

    /** A link; {@code escapedText} is already escaped for its place, {@code target} is a path and/or {@code #anchor}. */
    public static String link(String escapedText, String target) {
        return "[" + escapedText + "](" + url(target) + ")";
    }

    /**
     * The anchor GitHub gives a heading: lower-case, punctuation other than {@code -} and
     * {@code _} dropped, each space a {@code -}. Duplicates are numbered by {@link Anchors}.
     */
    public static String anchor(String heading) {
        String lower = heading.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        lower.codePoints().forEach(cp -> {
            if (cp == ' ') {
                out.append('-');
            } else if (cp == '-' || cp == '_' || Character.isLetterOrDigit(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** A code fence long enough that no backtick run in {@code body} can close it. */
    public static String fenceFor(String body) {
        return "`".repeat(Math.max(3, longestRun(body, '`') + 1));
    }

    /** Percent-encodes what would end or break a link destination. */
    static String url(String target) {
        StringBuilder out = new StringBuilder(target.length());
        for (char c : target.toCharArray()) {
            if (c <= ' ' || c == '(' || c == ')' || c == '<' || c == '>' || c == '\\' || c == '|' || c == '"') {
                out.append(String.format(Locale.ROOT, "%%%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String escapeCharacters(String text) {
        return escapeRaw(oneLine(text));
    }

    /** The characters of one line escaped, its surrounding spaces kept. */
    private static String escapeRaw(String line) {
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '_' && intraword(line, i)) {
                out.append(c); // CommonMark never reads an intraword underscore as emphasis
            } else if (INLINE_SPECIAL.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.indexOf("&") < 0 ? out.toString() : ENTITY_LIKE.matcher(out).replaceAll("\\\\&");
    }

    private static String oneLine(String text) {
        return text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').replace('\t', ' ').strip();
    }

    /** Block markers only count at the start of a line, and all our text is one line. */
    private static String escapeLineStart(String line) {
        if (line.isEmpty()) {
            return line;
        }
        char first = line.charAt(0);
        if (first == '#' || first == '-' || first == '+' || first == '=' || first == '>') {
            return "\\" + line;
        }
        Matcher m = ORDERED_LIST_START.matcher(line);
        if (m.find()) {
            return m.group(1) + "\\" + line.substring(m.group(1).length());
        }
        return line;
    }

    private static boolean intraword(String line, int i) {
        return i > 0 && i < line.length() - 1
                && Character.isLetterOrDigit(line.charAt(i - 1)) && Character.isLetterOrDigit(line.charAt(i + 1));
    }

    private static int longestRun(String text, char c) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == c ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
