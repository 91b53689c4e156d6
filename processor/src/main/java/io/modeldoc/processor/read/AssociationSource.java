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
 * @param mapsId            {@code @MapsId}'s value: empty to map the whole identifier, the name of a part of the
 *                          {@code @EmbeddedId} otherwise; {@code null} without {@code @MapsId}
 * @param id                whether the association is itself an {@code @Id} (alone, or a part of an {@code @IdClass} key)
 * @param primaryKeyJoin    {@code @PrimaryKeyJoinColumn} on a {@code @OneToOne}: joined on the two primary keys,
 *                          so the association has no column and no foreign key of its own
 * @param joinColumns       every {@code @JoinColumn} written (in {@code @JoinColumns}, repeated, or one), named or
 *                          not; empty when there is none. {@code joinColumn} is the first one's name
 * @param readOnly          {@code @JoinColumn(insertable = false, updatable = false)}: the association reads a column
 *                          that another attribute of the entity writes, so it adds no column of its own
 * @param requiredColumn    {@code @JoinColumn(nullable = false)}: the column is NOT NULL even in a shared single table
 * @param nonOptional       {@code optional = false} on the association: in a single table shared with other classes the
 *                          column stays nullable, and a check demands it for this class's rows (Hibernate 7)
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
        MapKeySource mapKey,
        String mapsId,
        boolean id,
        boolean primaryKeyJoin,
        List<JoinColumnSource> joinColumns,
        boolean readOnly,
        boolean requiredColumn,
        boolean nonOptional) {

    public AssociationSource {
        cascade = List.copyOf(cascade);
        joinColumns = List.copyOf(joinColumns);
        joinTableColumns = List.copyOf(joinTableColumns);
        inverseColumns = List.copyOf(inverseColumns);
        joinTableNamespace = joinTableNamespace == null ? Namespace.DEFAULT : joinTableNamespace;
    }

    public boolean owning() {
        return mappedBy.isEmpty();
    }

    /** Whether the association gives the entity (part of) its identifier: {@code @MapsId}, or {@code @Id} on it. */
    public boolean identifying() {
        return mapsId != null || id;
    }

    /** The join columns named in the source, one or several; empty when they are implicit. */
    public List<JoinColumnSource> namedJoinColumns() {
        if (joinColumns.isEmpty()) {
            return joinColumn.isEmpty() ? List.of() : List.of(new JoinColumnSource(joinColumn, referencedColumn));
        }
        return joinColumns.stream().allMatch(j -> !j.name().isEmpty()) ? joinColumns : List.of();
    }

    /** Whether the source writes a {@code @JoinColumn} at all, named or not. */
    public boolean hasJoinColumn() {
        return !joinColumns.isEmpty() || !joinColumn.isEmpty();
    }

    /** This association with its join columns and foreign key as an {@code @AssociationOverride} gives them. */
    public AssociationSource withJoinColumns(List<JoinColumnSource> columns, String foreignKey) {
        String single = columns.isEmpty() ? joinColumn : columns.get(0).name();
        return new AssociationSource(cardinality, target, mappedBy, optional, cascade, fetch, orphanRemoval, single,
                joinColumnUnique, joinTable, joinTableColumns, inverseColumns, set, foreignKey.isEmpty() ? foreignKeyName : foreignKey,
                noConstraint, orderColumn, referencedColumn, joinTableNamespace, mapKey, mapsId, id, primaryKeyJoin,
                columns, readOnly, requiredColumn, nonOptional);
    }

    /** This association with the join table an {@code @AssociationOverride} gives it. */
    public AssociationSource withJoinTable(String table, List<String> columns, List<String> inverse) {
        return new AssociationSource(cardinality, target, mappedBy, optional, cascade, fetch, orphanRemoval, joinColumn,
                joinColumnUnique, table, columns, inverse, set, foreignKeyName, noConstraint, orderColumn, referencedColumn,
                joinTableNamespace, mapKey, mapsId, id, primaryKeyJoin, joinColumns, readOnly, requiredColumn, nonOptional);
    }
}
