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
        boolean orphanRemoval) {

    public Relationship {
        joinColumns = List.copyOf(joinColumns);
        cascade = List.copyOf(cascade);
    }
}
