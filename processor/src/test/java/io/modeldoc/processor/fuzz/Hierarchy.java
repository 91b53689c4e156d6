package io.modeldoc.processor.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * One entity hierarchy of a seed: its root, its inheritance strategy, its id, and every entity in it.
 * Associations target entities through it to know the id's columns.
 */
final class Hierarchy {

    enum Strategy { NONE, SINGLE_TABLE, JOINED, TABLE_PER_CLASS }

    private final ClassDraft root;
    private final Strategy strategy;
    final List<ClassDraft> entities = new ArrayList<>();
    /** Embeddables already embedded somewhere in the hierarchy: another use must override every column. */
    final List<String> embeddablesUsed = new ArrayList<>();
    IdShape id;
    /** The discriminator's type ({@code STRING}, {@code CHAR}, {@code INTEGER}) when it has a column, else {@code null}. */
    String discriminatorType;
    /** Discriminator values handed out so far. */
    int discriminatorValues;

    Hierarchy(ClassDraft root, Strategy strategy) {
        this.root = root;
        this.strategy = strategy;
    }

    ClassDraft root() {
        return root;
    }

    Strategy strategy() {
        return strategy;
    }

    /**
     * Whether rows of the class may live in several TABLE_PER_CLASS tables, so that Hibernate writes no foreign key
     * to or from it (pattern 15): a root or middle entity of such a hierarchy, or a mapped superclass above one.
     */
    boolean isUnion(ClassDraft type) {
        return strategy == Strategy.TABLE_PER_CLASS
                && (!type.isEntity() || entities.stream().anyMatch(e -> e.parent == type));
    }

    /**
     * The id as a foreign key sees it.
     *
     * @param columns    the id's column names as referenced by {@code referencedColumnName}
     * @param composite  an {@code @EmbeddedId} or {@code @IdClass}
     * @param simpleType the Java type of a simple id, for derived ids; empty for a composite one
     * @param derived    taken from a to-one association ({@code @MapsId})
     */
    record IdShape(List<String> columns, boolean composite, String simpleType, boolean derived) {
    }
}
