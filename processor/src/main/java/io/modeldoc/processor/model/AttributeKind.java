package io.modeldoc.processor.model;

/** What an attribute maps to. */
public enum AttributeKind {
    /** The identifier, or one part of a composite one. */
    ID,
    /** The {@code @Version} counter used for optimistic locking. */
    VERSION,
    /** A value in one column of the entity's table (parts of embedded values included). */
    BASIC,
    /** A to-one association: a foreign key on the owning side. */
    TO_ONE,
    /** A to-many association, held in the other table or in a join table. */
    TO_MANY,
    /** A collection of values ({@code @ElementCollection}), held in a collection table. */
    ELEMENTS
}
