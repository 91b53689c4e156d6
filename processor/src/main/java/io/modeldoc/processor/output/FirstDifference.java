package io.modeldoc.processor.output;

import java.util.Locale;

/** Where two texts first differ, as a line number and both lines, for a message a reader acts on. */
final class FirstDifference {

    private static final int SHOWN = 100;

    private FirstDifference() {
    }

    /** E.g. {@code line 12 is now `b` instead of `a`}; the texts must differ. */
    static String of(String found, String expected) {
        String[] before = found.split("\n", -1);
        String[] after = expected.split("\n", -1);
        int line = 0;
        while (line < before.length && line < after.length && before[line].equals(after[line])) {
            line++;
        }
        if (line == before.length) {
            return String.format(Locale.ROOT, "line %d is new: `%s`", line + 1, shown(after[line]));
        }
        if (line == after.length) {
            return String.format(Locale.ROOT, "line %d would go: `%s`", line + 1, shown(before[line]));
        }
        return String.format(Locale.ROOT, "line %d is now `%s` instead of `%s`", line + 1, shown(after[line]), shown(before[line]));
    }

    private static String shown(String line) {
        String stripped = line.replace("\r", "\\r");
        return stripped.length() <= SHOWN ? stripped : stripped.substring(0, SHOWN) + "…";
    }
}
