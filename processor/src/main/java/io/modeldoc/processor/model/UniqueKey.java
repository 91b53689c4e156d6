package io.modeldoc.processor.model;

import java.util.List;

/**
 * A unique constraint over one or more columns.
 *
 * @param name      the name the user gave; empty to let the naming style choose
 * @param naturalId whether it holds Hibernate's {@code @NaturalId} (Hibernate names such keys its own way)
 * @param namedAfter the table whose name Hibernate hashes into the key's name when it is not its own table's:
 *                  the owner's table for the key of a {@code Set} element collection; empty otherwise
 */
public record UniqueKey(String name, List<String> columns, boolean naturalId, String namedAfter) {

    public UniqueKey {
        columns = List.copyOf(columns);
    }

    /** A unique constraint named after its own table. */
    public UniqueKey(String name, List<String> columns, boolean naturalId) {
        this(name, columns, naturalId, "");
    }

    /** A unique constraint the mapping declares. */
    public UniqueKey(String name, List<String> columns) {
        this(name, columns, false, "");
    }
}
