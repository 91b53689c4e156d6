package io.modeldoc.processor.sql;

import java.util.Optional;

/**
 * A name as the mapping writes it, read the way ModelDoc writes names into SQL. A name is either <em>regular</em> —
 * letters, digits, {@code _} and {@code $}, not starting with {@code $}, so that no database can read it as anything
 * but one name — or <em>explicitly quoted</em> with JPA's {@code "…"} or backticks, and then kept exactly as written
 * inside the dialect's own quotes. Anything else (spaces, {@code ;}, {@code --}, quotes, brackets, control characters)
 * is not a name: {@link #problem()} says why, the checks report it as an error, and {@link Dialect#identifier} still
 * writes it quoted, so that even a name no check saw can never end a statement or open a comment.
 *
 * <p>A regular name starting with a digit ({@code 2fa_enabled}) is quoted where the database refuses it bare, like a
 * reserved word ({@link Dialect#needsQuotes}): the quoted name, in the case the database folds bare names to, names
 * the same object.
 *
 * @param bare   the name without the quotes of the mapping
 * @param quoted whether the mapping quoted it explicitly
 */
public record SqlName(String bare, boolean quoted) {

    /** Reads a name as the model holds it: {@code "user"} and {@code `user`} are quoted, any other text is bare. */
    public static SqlName of(String written) {
        boolean quoted = written.length() > 1
                && (written.startsWith("\"") && written.endsWith("\"") || written.startsWith("`") && written.endsWith("`"));
        return quoted ? new SqlName(written.substring(1, written.length() - 1), true) : new SqlName(written, false);
    }

    /** Whether the name is regular: written bare, a name to every database (unless reserved there). */
    public boolean regular() {
        return !quoted && isRegular(bare);
    }

    /** Whether a regular name starts with a digit, which most databases refuse bare. */
    public boolean startsWithDigit() {
        return !bare.isEmpty() && Character.isDigit(bare.charAt(0));
    }

    /** Why this is no name ModelDoc can write; empty when it is one. */
    public Optional<String> problem() {
        if (bare.isEmpty()) {
            return Optional.of(quoted ? "the quotes hold no name" : "it is empty");
        }
        int bad = quoted ? firstUnprintable(bare) : firstIrregular(bare);
        if (bad < 0) {
            return Optional.empty();
        }
        return Optional.of("it contains " + describe(bare, bad) + " at position " + (bad + 1));
    }

    /**
     * The name with every character that could break a script line (control characters, line and paragraph
     * separators, characters outside the Basic Multilingual Plane) replaced by {@code _}: what is written inside
     * quotes, so that no name can split a statement even when a check let it through.
     */
    String printable() {
        StringBuilder out = new StringBuilder(bare.length());
        for (int i = 0; i < bare.length(); i++) {
            char c = bare.charAt(i);
            out.append(unprintable(c) ? '_' : c);
        }
        return out.toString();
    }

    static boolean isRegular(String name) {
        return !name.isEmpty() && firstIrregular(name) < 0;
    }

    private static int firstIrregular(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = Character.isLetter(c) && !Character.isSurrogate(c);
            boolean allowed = letter || c == '_' || Character.isDigit(c) && c < 128 || c == '$' && i > 0;
            if (!allowed) {
                return i;
            }
        }
        return -1;
    }

    private static int firstUnprintable(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (unprintable(name.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean unprintable(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c) || Character.getType(c) == Character.FORMAT;
    }

    private static String describe(String name, int at) {
        char c = name.charAt(at);
        if (c == ' ') {
            return "a space";
        }
        if (Character.isISOControl(c) || Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT
                || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029') {
            return String.format(java.util.Locale.ROOT, "the character U+%04X", (int) c);
        }
        return "'" + c + "'";
    }
}
