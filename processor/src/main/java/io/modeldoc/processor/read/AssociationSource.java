package io.modeldoc.processor.read;

import io.modeldoc.processor.model.Namespace;

import io.modeldoc.processor.model.Cardinality;
import java.util.List;

/**
 * An association as written.
 *
 * @param target            the target entity's qualified name
 * @param mappedBy          {@code mappedBy}; empty on the owning side
 * @param optional          {@code optional}, together with {@code @JoinColumn(nullable)} and {@code @NotNull}
 * @param joinColumn        {@code @JoinColumn(name)}; empty when implicit
 * @param joinColumnUnique  {@code @JoinColumn(unique)}
 * @param joinTable         {@code @JoinTable(name)}; empty when implicit or absent
 * @param joinTableColumns  {@code @JoinTable(joinColumns)} names; empty when implicit
 * @param inverseColumns    {@code @JoinTable(inverseJoinColumns)} names; empty when implicit
 * @param set               whether the collection is a {@code Set} (its join table gets a primary key)
 * @param foreignKeyName    {@code @JoinColumn(foreignKey = @ForeignKey(name))}; empty when implicit
 * @param noConstraint      {@code @ForeignKey(ConstraintMode.NO_CONSTRAINT)}: the database gets no foreign key
 * @param orderColumn       {@code @OrderColumn}'s name on a to-many association; empty when unordered
 * @param referencedColumn  {@code @JoinColumn(referencedColumnName)}; empty for the target's key
 * @param joinTableNamespace {@code @JoinTable(catalog, schema)} as written
 * @param mapKey            the key of a {@code Map} of entities; {@code null} for other associations
 */
public record AssociationSource(
        Cardinality cardinality,
        String target,
        String mappedBy,
        boolean optional,
        List<String> cascade,
        String fetch,
        boolean orphanRemoval,
        String joinColumn,
        boolean joinColumnUnique,
        String joinTable,
        List<String> joinTableColumns,
        List<String> inverseColumns,
        boolean set,
        String foreignKeyName,
        boolean noConstraint,
        String orderColumn,
        String referencedColumn,
        Namespace joinTableNamespace,
        MapKeySource mapKey) {

    public AssociationSource {
        cascade = List.copyOf(cascade);
        joinTableColumns = List.copyOf(joinTableColumns);
        inverseColumns = List.copyOf(inverseColumns);
        joinTableNamespace = joinTableNamespace == null ? Namespace.DEFAULT : joinTableNamespace;
    }

    public boolean owning() {
        return mappedBy.isEmpty();
    }
}
