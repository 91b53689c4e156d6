package io.modeldoc.processor.query;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many rows a stated volume ({@code @UsagePatterns(volume)}) speaks of: its largest number, with {@code k},
 * {@code thousand}, {@code M}, {@code million}, {@code bn}, {@code billion} taken as the multiples they say and
 * thousands separators ignored ({@code "about 2 million orders"}, {@code "40,000 a month"}, {@code "1.5M rows"}).
 */
public final class Volume {

    /** From this many rows on, a search without an index reads enough to matter. */
    public static final long LARGE = 10_000;

    private static final Pattern NUMBER = Pattern.compile(
            "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s*(k|thousand|m|million|bn|billion)?\\b", Pattern.CASE_INSENSITIVE);

    private Volume() {
    }

    /** The rows the text speaks of; empty when it states no number. */
    public static OptionalLong rows(String text) {
        Matcher matcher = NUMBER.matcher(text);
        long largest = -1;
        while (matcher.find()) {
            BigDecimal number = new BigDecimal(matcher.group(1).replace(",", ""));
            String unit = matcher.group(2) == null ? "" : matcher.group(2).toLowerCase(Locale.ROOT);
            long factor = switch (unit) {
                case "k", "thousand" -> 1_000L;
                case "m", "million" -> 1_000_000L;
                case "bn", "billion" -> 1_000_000_000L;
                default -> 1L;
            };
            largest = Math.max(largest, number.multiply(BigDecimal.valueOf(factor)).longValue());
        }
        return largest < 0 ? OptionalLong.empty() : OptionalLong.of(largest);
    }

    /** Whether a table of this stated volume needs its searches served: large, or unknown (nothing stated). */
    public static boolean matters(String text) {
        OptionalLong rows = rows(text);
        return rows.isEmpty() || rows.getAsLong() >= LARGE;
    }
}
