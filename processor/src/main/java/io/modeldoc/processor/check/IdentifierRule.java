package io.modeldoc.processor.check;

import io.modeldoc.processor.diag.Message;
import io.modeldoc.processor.diag.Origin;
import io.modeldoc.processor.diag.Problem;
import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.Index;
import io.modeldoc.processor.model.Sequence;
import io.modeldoc.processor.model.Table;
import io.modeldoc.processor.sql.Dialect;
import java.util.List;

/** Names must fit every configured database: not longer than its limit, and not one of its reserved words. */
final class IdentifierRule implements Rule {

    @Override
    public void check(CheckContext context, List<Problem> problems) {
        List<Dialect> dialects = context.dialects();
        for (Table table : context.model().tables()) {
            Origin origin = context.originOf(table);
            name(dialects, "table", table.name(), origin, true, problems);
            for (Column column : table.columns()) {
                name(dialects, "column", column.name(), context.originOf(table, column), true, problems);
            }
            for (Index index : table.indexes()) {
                name(dialects, "index", index.name(), origin, false, problems);
            }
        }
        for (Sequence sequence : context.model().sequences()) {
            Origin origin = context.originOf(sequence);
            if (origin != null) {
                name(dialects, "sequence", sequence.name(), origin, false, problems);
            }
        }
    }

    /** The name without the quotes ({@code "} or {@code `}) that open or close it. */
    static String unquoted(String name) {
        int start = !name.isEmpty() && isQuote(name.charAt(0)) ? 1 : 0;
        int end = name.length() > start && isQuote(name.charAt(name.length() - 1)) ? name.length() - 1 : name.length();
        return name.substring(start, end);
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '`';
    }

    private static void name(List<Dialect> dialects, String kind, String name, Origin origin, boolean checkReserved,
                             List<Problem> problems) {
        String bare = unquoted(name);
        for (Dialect dialect : dialects) {
            if (dialect.identifierLength(bare) > dialect.maxIdentifierLength()) {
                problems.add(Problem.of(Message.IDENTIFIER_TOO_LONG, origin, kind, name, dialect.identifierLength(bare), dialect.name(),
                        dialect.maxIdentifierLength()));
                break;
            }
        }
        if (checkReserved) {
            boolean quoted = name.startsWith("\"") || name.startsWith("`");
            List<String> refusing = quoted ? List.of()
                    : dialects.stream().filter(d -> d.isReserved(name)).map(Dialect::name).toList();
            if (!refusing.isEmpty()) {
                problems.add(Problem.of(Message.RESERVED_WORD, origin, kind, name, String.join(" and ", refusing), name));
            }
        }
    }
}
