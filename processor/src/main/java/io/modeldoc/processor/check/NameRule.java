package io.modeldoc.processor.check;

import io.modeldoc.processor.diag.Message;
import io.modeldoc.processor.diag.Origin;
import io.modeldoc.processor.diag.Problem;
import io.modeldoc.processor.sql.Dialect;
import io.modeldoc.processor.sql.SqlName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every name the model gives SQL, checked once for every configured database: a name that is neither regular nor
 * quoted ({@link SqlName#problem()}), or that a configured database refuses even quoted ({@link Dialect#refusal}), is
 * an error on the annotation value that wrote it; a regular name a database
 * refuses bare (a reserved word, a leading digit) is quoted there by {@link Dialect#identifier}, with a warning naming
 * those databases; a name longer than a database allows is an error.
 *
 * <p>{@link ModelNames} lists the names, so that every name the scripts write is one this rule sees.
 */
final class NameRule implements Rule {

    @Override
    public void check(CheckContext context, List<Problem> problems) {
        Set<String> seen = new LinkedHashSet<>();
        for (ModelNames.Name name : ModelNames.of(context)) {
            if (seen.add(name.kind() + " " + name.written())) {
                check(context.dialects(), name, problems);
            }
        }
    }

    private static void check(List<Dialect> dialects, ModelNames.Name name, List<Problem> problems) {
        SqlName parsed = SqlName.of(name.written());
        Origin origin = name.origin().at(name.written());
        Optional<String> problem = parsed.problem();
        if (problem.isEmpty()) {
            // the databases refusing it, grouped by why: "…, refused at the end of any name, on mysql and mariadb"
            Map<String, List<String>> refusals = new LinkedHashMap<>();
            dialects.forEach(d -> d.refusal(parsed.bare())
                    .ifPresent(why -> refusals.computeIfAbsent(why, w -> new ArrayList<>()).add(d.name())));
            problem = refusals.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", refusals.entrySet().stream()
                    .map(e -> e.getKey() + " on " + words(e.getValue())).toList()));
        }
        if (problem.isPresent()) {
            problems.add(Problem.of(Message.BAD_NAME, origin, name.kind(), shown(name.written()), problem.get()));
            return;
        }
        // every configured database whose limit the name exceeds, each with its limit
        List<String> limits = new ArrayList<>();
        int length = 0;
        for (Dialect dialect : dialects) {
            int measured = dialect.identifierLength(parsed.bare());
            if (measured > dialect.maxIdentifierLength()) {
                length = limits.isEmpty() ? measured : length;
                limits.add(dialect.name() + " allows (" + dialect.maxIdentifierLength() + ")");
            }
        }
        if (!limits.isEmpty()) {
            problems.add(Problem.of(Message.IDENTIFIER_TOO_LONG, origin, name.kind(), name.written(), length,
                    String.join(" and more than ", limits)));
        }
        if (!parsed.regular()) {
            return;
        }
        List<Dialect> quoting = dialects.stream().filter(d -> d.needsQuotes(parsed.bare())).toList();
        if (!quoting.isEmpty()) {
            List<String> reserved = quoting.stream().filter(d -> d.isReserved(parsed.bare())).map(Dialect::name).toList();
            String why = reserved.isEmpty()
                    ? "refused bare on " + words(quoting.stream().map(Dialect::name).toList()) + " (it does not start with a letter)"
                    : "a reserved word in " + words(reserved);
            List<String> spelled = new ArrayList<>();
            quoting.forEach(d -> spelled.add(d.name() + ": " + d.identifier(name.written())));
            problems.add(Problem.of(Message.RESERVED_WORD, origin, name.kind(), name.written(), why, String.join(", ", spelled)));
        }
    }

    private static String words(List<String> names) {
        return String.join(" and ", names);
    }

    /** A name as a diagnostic shows it: in single quotes, characters that would break the line escaped. */
    static String shown(String name) {
        StringBuilder out = new StringBuilder("'");
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT || Character.isSurrogate(c)
                    || c == '\u2028' || c == '\u2029') {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('\'').toString();
    }

}
