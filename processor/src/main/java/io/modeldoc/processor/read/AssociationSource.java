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
        return toBuilder()
                .joinColumn(columns.isEmpty() ? joinColumn : columns.get(0).name())
                .joinColumns(columns)
                .foreignKeyName(foreignKey.isEmpty() ? foreignKeyName : foreignKey)
                .build();
    }

    /** This association with the join table an {@code @AssociationOverride} gives it. */
    public AssociationSource withJoinTable(String table, List<String> columns, List<String> inverse) {
        return toBuilder().joinTable(table).joinTableColumns(columns).inverseColumns(inverse).build();
    }

    /** A builder for an association of this kind to this target, with JPA's defaults for everything else. */
    public static Builder builder(Cardinality cardinality, String target) {
        return new Builder(cardinality, target);
    }

    /** A builder that starts from this association. */
    public Builder toBuilder() {
        return new Builder(cardinality, target)
                .mappedBy(mappedBy).optional(optional).cascade(cascade).fetch(fetch).orphanRemoval(orphanRemoval)
                .joinColumn(joinColumn).joinColumnUnique(joinColumnUnique)
                .joinTable(joinTable).joinTableColumns(joinTableColumns).inverseColumns(inverseColumns)
                .joinTableNamespace(joinTableNamespace).set(set)
                .foreignKeyName(foreignKeyName).noConstraint(noConstraint).orderColumn(orderColumn)
                .referencedColumn(referencedColumn).mapKey(mapKey).mapsId(mapsId).id(id).primaryKeyJoin(primaryKeyJoin)
                .joinColumns(joinColumns).readOnly(readOnly).requiredColumn(requiredColumn).nonOptional(nonOptional);
    }

    /** Builds an association by name rather than by the position of 26 components. */
    public static final class Builder {
        private final Cardinality cardinality;
        private final String target;
        private String mappedBy = "";
        private boolean optional = true;
        private List<String> cascade = List.of();
        private String fetch = "";
        private boolean orphanRemoval;
        private String joinColumn = "";
        private boolean joinColumnUnique;
        private String joinTable = "";
        private List<String> joinTableColumns = List.of();
        private List<String> inverseColumns = List.of();
        private boolean set;
        private String foreignKeyName = "";
        private boolean noConstraint;
        private String orderColumn = "";
        private String referencedColumn = "";
        private Namespace joinTableNamespace = Namespace.DEFAULT;
        private MapKeySource mapKey;
        private String mapsId;
        private boolean id;
        private boolean primaryKeyJoin;
        private List<JoinColumnSource> joinColumns = List.of();
        private boolean readOnly;
        private boolean requiredColumn;
        private boolean nonOptional;

        private Builder(Cardinality cardinality, String target) {
            this.cardinality = cardinality;
            this.target = target;
        }

        public Builder mappedBy(String value) {
            mappedBy = value;
            return this;
        }

        public Builder optional(boolean value) {
            optional = value;
            return this;
        }

        public Builder cascade(List<String> value) {
            cascade = value;
            return this;
        }

        public Builder fetch(String value) {
            fetch = value;
            return this;
        }

        public Builder orphanRemoval(boolean value) {
            orphanRemoval = value;
            return this;
        }

        public Builder joinColumn(String value) {
            joinColumn = value;
            return this;
        }

        public Builder joinColumnUnique(boolean value) {
            joinColumnUnique = value;
            return this;
        }

        public Builder joinTable(String value) {
            joinTable = value;
            return this;
        }

        public Builder joinTableColumns(List<String> value) {
            joinTableColumns = value;
            return this;
        }

        public Builder inverseColumns(List<String> value) {
            inverseColumns = value;
            return this;
        }

        public Builder joinTableNamespace(Namespace value) {
            joinTableNamespace = value;
            return this;
        }

        public Builder set(boolean value) {
            set = value;
            return this;
        }

        public Builder foreignKeyName(String value) {
            foreignKeyName = value;
            return this;
        }

        public Builder noConstraint(boolean value) {
            noConstraint = value;
            return this;
        }

        public Builder orderColumn(String value) {
            orderColumn = value;
            return this;
        }

        public Builder referencedColumn(String value) {
            referencedColumn = value;
            return this;
        }

        public Builder mapKey(MapKeySource value) {
            mapKey = value;
            return this;
        }

        public Builder mapsId(String value) {
            mapsId = value;
            return this;
        }

        public Builder id(boolean value) {
            id = value;
            return this;
        }

        public Builder primaryKeyJoin(boolean value) {
            primaryKeyJoin = value;
            return this;
        }

        public Builder joinColumns(List<JoinColumnSource> value) {
            joinColumns = value;
            return this;
        }

        public Builder readOnly(boolean value) {
            readOnly = value;
            return this;
        }

        public Builder requiredColumn(boolean value) {
            requiredColumn = value;
            return this;
        }

        public Builder nonOptional(boolean value) {
            nonOptional = value;
            return this;
        }

        public AssociationSource build() {
            return new AssociationSource(cardinality, target, mappedBy, optional, cascade, fetch, orphanRemoval, joinColumn,
                    joinColumnUnique, joinTable, joinTableColumns, inverseColumns, set, foreignKeyName, noConstraint,
                    orderColumn, referencedColumn, joinTableNamespace, mapKey, mapsId, id, primaryKeyJoin, joinColumns,
                    readOnly, requiredColumn, nonOptional);
        }
    }
}
