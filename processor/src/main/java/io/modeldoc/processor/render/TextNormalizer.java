package io.modeldoc.processor.render;

/**
 * The one normaliser every text output passes through: LF line ends, no trailing blanks, at most
 * one blank line in a row, exactly one final newline.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        boolean previousBlank = true; // also drops blank lines at the start
        for (String line : lines) {
            String trimmed = stripTrailing(line);
            boolean blank = trimmed.isEmpty();
            if (blank && previousBlank) {
                continue;
            }
            out.append(trimmed).append('\n');
            previousBlank = blank;
        }
        while (out.length() > 1 && out.charAt(out.length() - 1) == '\n' && out.charAt(out.length() - 2) == '\n') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    private static String stripTrailing(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
            end--;
        }
        return line.substring(0, end);
    }
}
