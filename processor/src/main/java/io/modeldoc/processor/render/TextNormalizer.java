package io.modeldoc.processor.render;

/**
 * The one normaliser every text output passes through: LF line ends, no trailing blanks, at most
 * one blank line in a row, exactly one final newline.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length() + 1);
        boolean previousBlank = true; // also drops blank lines at the start
        int start = 0;
        while (start <= text.length()) {
            int end = lineEnd(text, start);
            int contentEnd = end;
            while (contentEnd > start && (text.charAt(contentEnd - 1) == ' ' || text.charAt(contentEnd - 1) == '\t')) {
                contentEnd--;
            }
            boolean blank = contentEnd == start;
            if (!blank || !previousBlank) {
                out.append(text, start, contentEnd).append('\n');
                previousBlank = blank;
            }
            start = end < text.length() && text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n'
                    ? end + 2 : end + 1;
        }
        while (out.length() > 1 && out.charAt(out.length() - 1) == '\n' && out.charAt(out.length() - 2) == '\n') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    /** Where the line that starts at {@code start} ends: its CR or LF, or the end of the text. */
    private static int lineEnd(String text, int start) {
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return text.length();
    }
}
