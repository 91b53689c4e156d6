package io.modeldoc.processor.model;

import java.util.List;

/**
 * A unique constraint over one or more columns.
 *
 * @param name the name the user gave; empty to let the naming style choose
 */
public record UniqueKey(String name, List<String> columns) {

    public UniqueKey {
        columns = List.copyOf(columns);
    }
}
