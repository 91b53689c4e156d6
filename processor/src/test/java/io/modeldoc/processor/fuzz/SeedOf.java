package io.modeldoc.processor.fuzz;

import io.modeldoc.processor.parity.Catalog;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Traces a catalog fact, a failing statement or a diagnostic back to the seed that produced it: every table and
 * sequence name of a seed starts with {@code s<seed>} (classes are {@code S<seed>...}, explicit names
 * {@code s<seed>_...}), and every source lives in package {@code fuzz.s<seed>}.
 */
final class SeedOf {

    /** A fact's table or sequence: optionally qualified by a namespace label, then the seed's prefix. */
    private static final Pattern TABLE = Pattern.compile("^(?:[a-z0-9_]+\\.)?\"?s(\\d+)[a-z_\"]");
    /** A name in SQL text or a message: the prefix, after a non-name character. */
    private static final Pattern NAME = Pattern.compile("(?i)(?<![a-z0-9_])\"?s(\\d+)[a-z_]");
    private static final Pattern SOURCE = Pattern.compile("fuzz/s(\\d+)/");

    private SeedOf() {
    }

    /** The seed of a catalog fact, by the table or sequence it is about. */
    static OptionalLong fact(String fact) {
        String subject = Catalog.subject(fact);
        int space = subject.indexOf(' ');
        return match(TABLE, space < 0 ? subject : subject.substring(space + 1));
    }

    /** The seed of the first prefixed name in a piece of SQL or a message. */
    static OptionalLong text(String text) {
        return match(NAME, text);
    }

    /** The seed of a source file, by its path. */
    static OptionalLong source(String path) {
        return match(SOURCE, path.replace('\\', '/'));
    }

    private static OptionalLong match(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
    }
}
