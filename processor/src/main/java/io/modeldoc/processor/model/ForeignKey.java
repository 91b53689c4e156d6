package io.modeldoc.processor.model;

import java.util.List;

/**
 * A foreign key.
 *
 * @param name              the name the user gave; empty to let the naming style choose
 * @param columns           the referencing columns, in order
 * @param referencedTable   the physical name of the referenced table
 * @param referencedColumns the referenced columns (the referenced table's primary key), in order
 * @param referencedNamespace the catalog and schema of the referenced table
 */
public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                         Namespace referencedNamespace) {

    public ForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
        referencedNamespace = referencedNamespace == null ? Namespace.DEFAULT : referencedNamespace;
    }

    /** A key referencing a table in the default namespace. */
    public ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns) {
        this(name, columns, referencedTable, referencedColumns, Namespace.DEFAULT);
    }
}
