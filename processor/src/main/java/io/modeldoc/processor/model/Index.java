package io.modeldoc.processor.model;

import java.util.List;

/**
 * An index ({@code @Table(indexes)}).
 *
 * @param name    the name the user gave; empty to let the naming style choose
 * @param columns the indexed columns, in order
 */
public record Index(String name, List<IndexColumn> columns, boolean unique) {

    public Index {
        columns = List.copyOf(columns);
    }

    /**
     * One column of an index.
     *
     * @param order {@code asc}, {@code desc}, or empty for the database's default
     */
    public record IndexColumn(String name, String order) {
    }
}
