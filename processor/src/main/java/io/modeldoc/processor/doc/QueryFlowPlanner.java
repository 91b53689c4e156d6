package io.modeldoc.processor.doc;

import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.Query;
import io.modeldoc.processor.model.QueryLanguage;
import io.modeldoc.processor.model.TableAccess;
import io.modeldoc.processor.query.IndexAdvisor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Plans Query Flow: each query about the feature's entities (named queries, repository methods), in its language,
 * with the tables it reads and the key or index that serves each read on the database the document shows, or
 * <b>no index</b>; a query not analysed says why.
 */
final class QueryFlowPlanner {

    private final ModelLookup lookup;
    private final IndexAdvisor advisor;
    private final String database;

    QueryFlowPlanner(ModelLookup lookup, IndexAdvisor advisor, String database) {
        this.lookup = lookup;
        this.advisor = advisor;
        this.database = database;
    }

    List<DataFlowSection.QueryStep> plan(String slug, List<Entity> entities) {
        Set<String> names = entities.stream().map(Entity::qualifiedName).collect(Collectors.toSet());
        List<DataFlowSection.QueryStep> steps = new ArrayList<>();
        for (Query query : lookup.model().queries()) {
            if (names.contains(query.declared().entity())) {
                steps.add(step(slug, query));
            }
        }
        return steps;
    }

    private DataFlowSection.QueryStep step(String slug, Query query) {
        QueryLanguage language = query.declared().language();
        List<String> lines = new ArrayList<>(query.declared().statement().strip().lines().map(String::stripTrailing).toList());
        String name = query.declared().name().isBlank() ? "(unnamed)" : query.declared().name();
        String title = Markdown.code(name) + " on " + lookup.entityLink(slug, lookup.entity(query.declared().entity()))
                + switch (language) {
                    case JPQL -> " (JPQL)";
                    case SQL -> " (SQL)";
                    case DERIVED -> " (derived query)";
                };
        List<String> reads = query.analysed()
                ? query.accesses().stream().map(this::read).toList()
                : List.of("not analysed: " + Markdown.inline(query.notAnalysed()));
        return new DataFlowSection.QueryStep(title, language == QueryLanguage.SQL ? "sql" : "jpql",
                Markdown.fenceFor(String.join("\n", lines)), lines, lines.size() == 1 ? Markdown.code(lines.get(0).strip()) : "", reads);
    }

    /** {@code `orders` (joined from `customer`) by `customer_id` =: **no index**; …}. */
    private String read(TableAccess access) {
        StringBuilder text = new StringBuilder("reads ").append(Markdown.code(access.table()));
        if (!access.via().isEmpty()) {
            text.append(" (joined from ").append(Markdown.code(access.via())).append(')');
        }
        List<String> by = new ArrayList<>();
        access.equality().forEach(c -> by.add(Markdown.code(c) + " ="));
        access.ranges().forEach(c -> by.add(Markdown.code(c) + " in a range"));
        if (!by.isEmpty()) {
            text.append(" by ").append(String.join(", ", by));
        }
        if (!access.sort().isEmpty()) {
            text.append(by.isEmpty() ? " " : ", ").append("sorted by ")
                    .append(access.sort().stream().map(Markdown::code).collect(Collectors.joining(", ")));
        }
        if (!access.searches()) {
            return text.append(": every row (nothing an index could use)").toString();
        }
        var table = lookup.table(access.table());
        if (table == null) {
            return text.toString();
        }
        IndexAdvisor.Advice advice = advisor.advise(access, table.table());
        if (!advice.served()) {
            return text.append(": **no index** on ").append(database).append("; an index on ")
                    .append(Markdown.code(access.table() + "(" + String.join(", ", advice.wantedColumns()) + ")"))
                    .append(" would serve it").toString();
        }
        String index = advice.servedBy().name().isEmpty() ? "the primary key" : Markdown.code(advice.servedBy().name());
        return text.append(advice.complete() ? ": served by " : ": partly served by ").append(index)
                .append(advice.complete() ? "" : " (its leading columns; the rest is filtered)").toString();
    }
}
