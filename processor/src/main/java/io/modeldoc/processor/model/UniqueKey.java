package io.modeldoc.processor.model;

import java.util.List;

/**
 * A unique constraint over one or more columns.
 *
 * @param name      the name the user gave; empty to let the naming style choose
 * @param naturalId whether it holds Hibernate's {@code @NaturalId} (Hibernate names such keys its own way)
 */
public record UniqueKey(String name, List<String> columns, boolean naturalId) {

    public UniqueKey {
        columns = List.copyOf(columns);
    }

    /** A unique constraint the mapping declares. */
    public UniqueKey(String name, List<String> columns) {
        this(name, columns, false);
    }
}
