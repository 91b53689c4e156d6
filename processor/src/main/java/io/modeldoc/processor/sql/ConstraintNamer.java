package io.modeldoc.processor.sql;

import io.modeldoc.processor.model.ForeignKey;
import io.modeldoc.processor.model.Index;
import io.modeldoc.processor.model.Table;
import io.modeldoc.processor.model.UniqueKey;

/**
 * Names the constraints and indexes the user left unnamed ({@code modeldoc.constraintNames}); a
 * name the user gave is returned as given. {@link ReadableConstraintNamer} is the {@code readable}
 * style; a {@code hibernate} style (Hibernate's hashed {@code FK…}/{@code UK…}/{@code IDX…} names)
 * implements this same interface.
 *
 * <p>A namer may return an empty name for a unique key, meaning "let the database name it": the
 * planner then writes it without {@code constraint <name>}, and a single-column one as the column's
 * inline {@code unique} where the dialect keeps unique keys in CREATE TABLE, as Hibernate does.
 */
public interface ConstraintNamer {

    String foreignKey(Table table, ForeignKey foreignKey);

    /** Also names single-column unique columns, as {@code new UniqueKey("", List.of(column))}. */
    String uniqueKey(Table table, UniqueKey uniqueKey);

    String index(Table table, Index index);
}
