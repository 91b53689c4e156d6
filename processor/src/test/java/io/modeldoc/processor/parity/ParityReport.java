package io.modeldoc.processor.parity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Hibernate's catalog against ours for one model and settings: how many of Hibernate's facts we match,
 * which we miss and which we add. Hibernate's catalog is the reference, so the figure is matched / Hibernate's.
 */
public final class ParityReport {

    private final String model;
    private final ParitySettings settings;
    private final Catalog hibernate;
    private final Catalog ours;
    private final SortedSet<String> missing;
    private final SortedSet<String> extra;

    public ParityReport(String model, ParitySettings settings, Catalog hibernate, Catalog ours) {
        this.model = model;
        this.settings = settings;
        this.hibernate = hibernate;
        this.ours = ours;
        this.missing = new TreeSet<>(hibernate.facts());
        this.missing.removeAll(ours.facts());
        this.extra = new TreeSet<>(ours.facts());
        this.extra.removeAll(hibernate.facts());
    }

    public String model() {
        return model;
    }

    public ParitySettings settings() {
        return settings;
    }

    public Catalog hibernate() {
        return hibernate;
    }

    public Catalog ours() {
        return ours;
    }

    /** Facts of Hibernate's catalog that ours also has. */
    public int matched() {
        return hibernate.size() - missing.size();
    }

    /** Facts of Hibernate's catalog. */
    public int total() {
        return hibernate.size();
    }

    /** Hibernate's facts that ours lacks. */
    public SortedSet<String> missing() {
        return missing;
    }

    /** Our facts that Hibernate's catalog lacks. */
    public SortedSet<String> extra() {
        return extra;
    }

    public double percent() {
        return total() == 0 ? 100.0 : 100.0 * matched() / total();
    }

    /** True when both catalogs hold exactly the same facts. */
    public boolean isFullParity() {
        return missing.isEmpty() && extra.isEmpty();
    }

    /** The one-line figure: {@code parity h2 bookshop: 57/57 (100.0 %), 0 extra}. */
    public String summary() {
        return String.format(Locale.ROOT, "parity %s %s: %d/%d (%.1f %%), %d extra",
                settings.label(), model, matched(), total(), percent(), extra.size());
    }

    /**
     * The summary, then every difference by subject: a column or sequence present on both sides with other
     * details shows both versions; otherwise {@code - fact} is Hibernate's only, {@code + fact} ours only.
     */
    public String diff() {
        // Keyed by subject, so the diff reads in the catalog's order whichever side a line comes from.
        Map<String, List<String>> lines = new TreeMap<>();
        Map<String, String> hibernateBySubject = bySubject(missing);
        Map<String, String> oursBySubject = bySubject(extra);
        hibernateBySubject.forEach((subject, theirs) -> {
            String mine = oursBySubject.get(subject);
            lines.put(subject, mine == null
                    ? List.of("  - " + theirs)
                    : List.of("  ~ " + subject,
                            "      hibernate: " + theirs.substring(subject.length()).strip(),
                            "      ours:      " + mine.substring(subject.length()).strip()));
        });
        oursBySubject.forEach((subject, mine) -> lines.putIfAbsent(subject, List.of("  + " + mine)));
        StringBuilder text = new StringBuilder(summary());
        if (!lines.isEmpty()) {
            text.append("\n  (- Hibernate only, + ours only, ~ different)");
        }
        lines.values().forEach(group -> group.forEach(line -> text.append('\n').append(line)));
        return text.toString();
    }

    /** Fails with the diff unless the catalogs are the same. */
    public ParityReport assertFullParity() {
        if (!isFullParity()) {
            throw new AssertionError(diff());
        }
        return this;
    }

    private static Map<String, String> bySubject(SortedSet<String> facts) {
        Map<String, String> bySubject = new TreeMap<>();
        for (String fact : facts) {
            bySubject.put(Catalog.subject(fact), fact);
        }
        return bySubject;
    }

    @Override
    public String toString() {
        return summary();
    }
}
