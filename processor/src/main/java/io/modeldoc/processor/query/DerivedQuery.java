package io.modeldoc.processor.query;

import java.util.List;

/**
 * A Spring Data derived query, as its method name says it, before its property paths are resolved.
 *
 * @param subject  what the query does with the rows it finds
 * @param distinct whether the subject says {@code Distinct}
 * @param limit    the {@code First}/{@code Top} row count; 0 when unlimited
 * @param branches the predicate: alternatives ({@code Or}) of conjunctions ({@code And}); empty without {@code By}
 * @param orderBy  the {@code OrderBy} clause, in order
 */
public record DerivedQuery(Subject subject, boolean distinct, int limit, List<List<Part>> branches, List<Order> orderBy) {

    public DerivedQuery {
        branches = branches.stream().map(List::copyOf).toList();
        orderBy = List.copyOf(orderBy);
    }

    /** What a derived query does, by its prefix. */
    public enum Subject { FIND, COUNT, EXISTS, DELETE }

    /**
     * One condition of the predicate.
     *
     * @param property   the property path as written, e.g. {@code CustomerAddressCity} or {@code Customer_Address}
     * @param keyword    its operator
     * @param ignoreCase whether it compares ignoring case ({@code IgnoreCase}, or {@code AllIgnoreCase} on the predicate)
     */
    public record Part(String property, Keyword keyword, boolean ignoreCase) {
    }

    /** One {@code OrderBy} property; {@code descending} only with {@code Desc}. */
    public record Order(String property, boolean descending) {
    }
}
