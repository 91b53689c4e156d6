package io.modeldoc.processor.sql;

import io.modeldoc.processor.model.ForeignKey;
import io.modeldoc.processor.model.Index;
import io.modeldoc.processor.model.Table;
import io.modeldoc.processor.model.UniqueKey;

/**
 * Names the constraints and indexes the user left unnamed ({@code modeldoc.constraintNames}); a
 * name the user gave is returned as given.
 */
public interface ConstraintNamer {

    String foreignKey(Table table, ForeignKey foreignKey);

    /** Also names single-column unique columns, as {@code new UniqueKey("", List.of(column))}. */
    String uniqueKey(Table table, UniqueKey uniqueKey);

    String index(Table table, Index index);
}
