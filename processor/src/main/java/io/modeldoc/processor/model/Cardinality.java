package io.modeldoc.processor.model;

/** The JPA association kinds, seen from the side declaring them. */
public enum Cardinality {
    ONE_TO_ONE, MANY_TO_ONE, ONE_TO_MANY, MANY_TO_MANY;

    /** Whether this side refers to at most one instance. */
    public boolean toOne() {
        return this == ONE_TO_ONE || this == MANY_TO_ONE;
    }
}
