package io.modeldoc.processor.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * A class while the grammar builds it, with what later rules need to know about it (its role, its hierarchy,
 * the columns an index may name); {@link #build()} freezes it into the model's {@link JavaClass}.
 */
final class ClassDraft {

    enum Role { ENTITY, MAPPED_SUPERCLASS, EMBEDDABLE, ID_CLASS, ENUM }

    final String name;
    final Role role;
    final List<JavaAnnotation> annotations = new ArrayList<>();
    final List<JavaField> fields = new ArrayList<>();
    final List<String> typeParameters = new ArrayList<>();
    final List<String> interfaces = new ArrayList<>();
    final List<String> constants = new ArrayList<>();
    String superclass = "";
    boolean isAbstract;
    /** The entity hierarchy an entity or mapped superclass belongs to; {@code null} for the others. */
    Hierarchy hierarchy;
    /** The entity's superclass draft, entity or mapped superclass; {@code null} at the top. */
    ClassDraft parent;
    /** Explicitly named columns of simple basic attributes in the entity's own table, for indexes and uniques. */
    final List<String> indexable = new ArrayList<>();
    /** Whether a map's entity key refers to this entity, so its table stays in the default schema (pattern 23). */
    boolean mapKeyTarget;
    /** Whether a foreign key lives in this class's table (so its table stays in the default schema, for H2). */
    boolean holdsForeignKey;
    /** For an embeddable: its leaves, what an override of every column must name. */
    final List<Leaf> leaves = new ArrayList<>();
    /** For an embeddable: its own name and those of the embeddables nested in it, at any depth. */
    final List<String> embeddableNames = new ArrayList<>();
    /** For an embeddable: whether a column of it can never be null (primitives, nullable = false). */
    boolean hasNotNull;
    /** For an embeddable: whether an attribute of it is a {@code @Lob}. */
    boolean hasLob;
    /**
     * For an embeddable: whether an attribute of it has a LONG32 JDBC type, a LOB on H2 and Oracle but not on
     * PostgreSQL: a set of it is keyed by Hibernate there and not by ModelDoc, a listed deviation
     * (docs/deviations-from-hibernate.md#sets-of-embeddables-with-an-unbounded-column), so the grammar makes no set of it.
     */
    boolean hasUnbounded;
    /** For an embeddable: whether it holds associations (so it cannot be an id or a map key). */
    boolean hasAssociation;

    /** A column-bearing path inside an embeddable: a basic ({@code inner.street}) or a to-one association. */
    record Leaf(String path, boolean association, boolean customColumn) {
    }

    ClassDraft(String name, Role role) {
        this.name = name;
        this.role = role;
    }

    boolean isEntity() {
        return role == Role.ENTITY;
    }

    /** Whether columns here may be NOT NULL: not in a SINGLE_TABLE subclass unless pattern 4 is on. */
    boolean nullableOnly(SeedContext seed) {
        return isEntity() && hierarchy != null && hierarchy.strategy() == Hierarchy.Strategy.SINGLE_TABLE
                && hierarchy.root() != this && !seed.allows(KnownDefect.SINGLE_TABLE_NOT_NULL);
    }

    /** Whether this class's own columns go into a table of its own ({@code @Table} is allowed). */
    boolean ownsTable() {
        return isEntity() && (hierarchy.root() == this || hierarchy.strategy() != Hierarchy.Strategy.SINGLE_TABLE);
    }

    JavaClass build() {
        JavaClass.Kind kind = role == Role.ENUM ? JavaClass.Kind.ENUM
                : isAbstract ? JavaClass.Kind.ABSTRACT_CLASS : JavaClass.Kind.CLASS;
        return new JavaClass(name, kind, typeParameters, superclass, interfaces, annotations, fields, constants);
    }
}
