package io.modeldoc.processor.parity;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A database's schema as a sorted set of facts, one line each, names in lower case, no constraint names:
 * <pre>
 * table orders
 * column orders.customer_id type=bigint nullable=true
 * column orders.total type=numeric nullable=true precision=38 scale=2
 * pk orders(id)
 * fk orders(customer_id) -&gt; customer(id)
 * unique customer(email)
 * index orders(placed_on, status)
 * sequence orders_seq start=1 increment=50
 * checks orders=2
 * </pre>
 * Set semantics make comparison a set difference and keep every report in the same order.
 */
public record Catalog(SortedSet<String> facts) {

    public Catalog {
        facts = Collections.unmodifiableSortedSet(new TreeSet<>(facts));
    }

    public static Catalog of(Collection<String> facts) {
        return new Catalog(new TreeSet<>(facts));
    }

    /**
     * What a fact is about, so a report can pair Hibernate's and our version of the same column, sequence
     * or check count: {@code column orders.total}, {@code sequence orders_seq}, {@code checks orders};
     * other facts are their own subject.
     */
    public static String subject(String fact) {
        if (fact.startsWith("column ") || fact.startsWith("sequence ")) {
            int space = fact.indexOf(' ', fact.indexOf(' ') + 1);
            return space < 0 ? fact : fact.substring(0, space);
        }
        if (fact.startsWith("checks ")) {
            return fact.substring(0, fact.lastIndexOf('='));
        }
        return fact;
    }

    public int size() {
        return facts.size();
    }

    @Override
    public String toString() {
        return String.join("\n", facts);
    }
}
