package io.modeldoc.processor.read;

import io.modeldoc.processor.model.Namespace;
import java.util.List;

/**
 * A {@code @SecondaryTable} as written: a table that holds some of the entity's columns, one row per entity row,
 * keyed by the entity's primary key.
 *
 * @param name           the table's logical name
 * @param namespace      its {@code catalog} and {@code schema}
 * @param keyColumns     {@code pkJoinColumns} names in order; empty to repeat the primary table's key column names
 * @param foreignKeyName {@code foreignKey = @ForeignKey(name)}; empty when implicit
 * @param noConstraint   {@code @ForeignKey(ConstraintMode.NO_CONSTRAINT)}: the database gets no foreign key
 * @param uniqueKeys     its {@code uniqueConstraints}
 * @param indexes        its {@code indexes}
 * @param comment        its {@code comment}; empty when none
 */
public record SecondaryTableSource(String name, Namespace namespace, List<String> keyColumns, String foreignKeyName,
                                   boolean noConstraint, List<EntitySource.UniqueSource> uniqueKeys,
                                   List<EntitySource.IndexSource> indexes, String comment) {

    public SecondaryTableSource {
        keyColumns = List.copyOf(keyColumns);
        uniqueKeys = List.copyOf(uniqueKeys);
        indexes = List.copyOf(indexes);
    }
}
