package io.modeldoc.processor;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The accepted name a misspelt one was most likely meant to be, for "did you mean" hints. */
final class ClosestName {

    private ClosestName() {
    }

    /**
     * The candidate fewest edits away from {@code given} (ignoring case), when it is close enough
     * to be a slip rather than another word: at most a third of its length. Ties go to the first.
     */
    static Optional<String> among(String given, List<String> candidates) {
        String typed = given.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .min(Comparator.comparingInt(c -> distance(typed, c.toLowerCase(Locale.ROOT))))
                .filter(c -> distance(typed, c.toLowerCase(Locale.ROOT)) <= Math.max(1, c.length() / 3));
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
