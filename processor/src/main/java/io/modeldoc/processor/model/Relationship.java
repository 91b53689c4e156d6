package io.modeldoc.processor.model;

import java.util.List;

/**
 * An association from one entity to another.
 *
 * @param attribute   the attribute holding it
 * @param target      the qualified class name of the entity it points to
 * @param owning      whether this side owns the foreign key or join table
 * @param mappedBy    the attribute on the target that owns it; empty on the owning side
 * @param joinColumns the foreign-key columns on the owning side (in this entity's table, or the
 *                    join table's columns pointing at this entity)
 * @param joinTable   the join table; empty when there is none
 * @param optional    whether the association may be empty (a nullable foreign key)
 * @param cascade     the cascaded operations, e.g. {@code PERSIST}, {@code ALL}
 * @param fetch       {@code LAZY} or {@code EAGER}
 * @param identifying whether the association gives the entity its identifier, or a part of it ({@code @MapsId},
 *                    or {@code @Id} on the association): its join columns are then primary-key columns
 * @param primaryKeyJoin whether a one-to-one joins on the two primary keys ({@code @PrimaryKeyJoinColumn}): no join
 *                    column and no foreign key of its own
 */
public record Relationship(
        String attribute,
        Cardinality cardinality,
        String target,
        boolean owning,
        String mappedBy,
        List<String> joinColumns,
        String joinTable,
        boolean optional,
        List<String> cascade,
        String fetch,
        boolean orphanRemoval,
        boolean identifying,
        boolean primaryKeyJoin) {

    public Relationship {
        joinColumns = List.copyOf(joinColumns);
        cascade = List.copyOf(cascade);
    }

    /** An association that neither gives the entity its identifier nor joins on the primary keys. */
    public Relationship(String attribute, Cardinality cardinality, String target, boolean owning, String mappedBy,
                        List<String> joinColumns, String joinTable, boolean optional, List<String> cascade, String fetch,
                        boolean orphanRemoval) {
        this(attribute, cardinality, target, owning, mappedBy, joinColumns, joinTable, optional, cascade, fetch, orphanRemoval,
                false, false);
    }
}
