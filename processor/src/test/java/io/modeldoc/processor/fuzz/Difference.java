package io.modeldoc.processor.fuzz;

import io.modeldoc.processor.parity.Catalog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One unexplained difference of a seed: a catalog fact only Hibernate's or only ModelDoc's script builds, a
 * column or sequence both build differently, a ModelDoc compile error, or a script that fails on its database.
 *
 * @param where  the dialect, or {@code compile}
 * @param kind   what differs
 * @param detail the fact, both versions of it, or the message
 */
public record Difference(String where, Kind kind, String detail) {

    /**
     * {@code HIBERNATE_FAILS}: Hibernate's script fails on the server where ModelDoc's runs, so the seed's facts on
     * that dialect cannot be compared; {@code INVALID}: javac or Hibernate rejects the model, or both scripts fail.
     */
    public enum Kind { MISSING, EXTRA, CHANGED, ERROR, SCRIPT_FAILS, HIBERNATE_FAILS, INVALID }

    private static final Pattern TAG = Pattern.compile("\\[modeldoc:([a-z-]+)]");

    /**
     * The difference without names, so that a smaller model fails "the same way" when it shows the same shape:
     * {@code h2 ~column nullable=false|true}, {@code mysql -fk}, {@code compile error duplicate-column}.
     */
    public String shape() {
        return switch (kind) {
            case MISSING -> where + " -" + firstWord(detail);
            case EXTRA -> where + " +" + firstWord(detail);
            case CHANGED -> where + " ~" + firstWord(detail) + " " + changedProperties();
            case ERROR -> where + " error " + tag(detail);
            case SCRIPT_FAILS -> where + " script fails: " + databaseError(detail);
            case HIBERNATE_FAILS -> where + " hibernate's script fails: " + databaseError(detail);
            case INVALID -> where + " invalid";
        };
    }

    /** For a changed fact ({@code hibernate-version \n ours-version}), the properties that differ, both values. */
    private String changedProperties() {
        String[] versions = detail.split("\n", 2);
        if (detail.startsWith("checks ")) {
            // A count of checks: only whether ours has fewer or more, which a smaller model keeps.
            int theirs = Integer.parseInt(versions[0].substring(versions[0].lastIndexOf('=') + 1));
            int ours = Integer.parseInt(versions[1].substring(versions[1].lastIndexOf('=') + 1));
            return ours < theirs ? "fewer" : "more";
        }
        List<String> theirs = Arrays.asList(versions[0].substring(Catalog.subject(versions[0]).length()).strip().split(" "));
        List<String> ours = Arrays.asList(versions[1].substring(Catalog.subject(versions[1]).length()).strip().split(" "));
        List<String> changed = new ArrayList<>();
        for (String property : theirs) {
            int equals = property.indexOf('=');
            if (equals < 0 || ours.contains(property)) {
                continue;
            }
            String key = property.substring(0, equals + 1);
            String mine = ours.stream().filter(p -> p.startsWith(key)).findFirst().orElse(key + "(none)");
            changed.add(property + "|" + mine.substring(equals + 1));
        }
        ours.stream().filter(p -> p.contains("=") && !theirs.contains(p)
                && theirs.stream().noneMatch(t -> t.startsWith(p.substring(0, p.indexOf('=') + 1))))
                .forEach(p -> changed.add("(none)|" + p));
        if (theirs.contains("identity") != ours.contains("identity")) {
            changed.add(theirs.contains("identity") ? "identity|(none)" : "(none)|identity");
        }
        return String.join(" ", changed);
    }

    /** The database's message without names or numbers: {@code Table ? not found}. */
    private static String databaseError(String message) {
        int start = message.indexOf(": ", message.indexOf(" fails on "));
        String error = start < 0 ? message : message.substring(start + 2);
        int end = error.indexOf(';');
        error = (end < 0 ? error : error.substring(0, end)).lines().findFirst().orElse("");
        return error.replaceAll("^\\(conn=\\d+\\) ", "").replaceAll("\"[^\"]*\"|'[^']*'|`[^`]*`", "?").replaceAll("\\[[0-9-]+]", "").replaceAll("\\d+", "N").strip();
    }

    private static String firstWord(String text) {
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(0, space);
    }

    private static String tag(String message) {
        Matcher matcher = TAG.matcher(message);
        return matcher.find() ? matcher.group(1) : "javac";
    }

    @Override
    public String toString() {
        return switch (kind) {
            case MISSING -> where + ": - " + detail;
            case EXTRA -> where + ": + " + detail;
            case CHANGED -> where + ": ~ hibernate: " + detail.replace("\n", "\n      ours:      ");
            case ERROR -> where + ": ModelDoc error: " + detail;
            case SCRIPT_FAILS -> where + ": " + detail;
            case HIBERNATE_FAILS -> where + ": only ModelDoc's script runs: " + detail;
            case INVALID -> where + ": not a valid model: " + detail;
        };
    }
}
