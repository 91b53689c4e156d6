package io.modeldoc.processor.query;

import java.util.List;

/**
 * What a query searches by, in the terms of the entity model, whatever language it was written in: the entity it
 * starts from, the associations it joins, and the attribute paths it compares and sorts by.
 *
 * @param root     the entity it starts from: its JPQL entity name, or a qualified class name
 * @param rootAlias the alias of the root; empty when paths start at the root without one (derived queries)
 * @param joins    the explicit joins, in order
 * @param branches the alternatives ({@code or}) of the condition, each the conditions that must all hold; one empty
 *                 branch when there is no condition
 * @param orderBy  the sort, in order
 */
public record QueryShape(String root, String rootAlias, List<Join> joins, List<List<Condition>> branches, List<Sort> orderBy) {

    public QueryShape {
        joins = List.copyOf(joins);
        branches = branches.stream().map(List::copyOf).toList();
        orderBy = List.copyOf(orderBy);
    }

    /**
     * An attribute path: an alias, then attribute names ({@code o}, {@code customer}, {@code address}, {@code city}).
     *
     * @param alias      the alias it starts from; empty for the root
     * @param attributes the attribute names, in order; empty for the aliased entity itself
     */
    public record Path(String alias, List<String> attributes) {

        public Path {
            attributes = List.copyOf(attributes);
        }

        @Override
        public String toString() {
            return attributes.isEmpty() ? alias : (alias.isEmpty() ? "" : alias + ".") + String.join(".", attributes);
        }
    }

    /** {@code join o.customer c}: the path joined, and the alias it gets. */
    public record Join(Path path, String alias) {
    }

    /** A comparison of a path with a value, and how an index can use it. */
    public record Condition(Path path, Keyword.Use use) {
    }

    public record Sort(Path path, boolean descending) {
    }
}
