package io.modeldoc.processor.fuzz;

import static io.modeldoc.processor.fuzz.Jpa.a;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Associations between two entities of the seed: many-to-one and one-to-one (owning, with an optional inverse
 * side), one-to-many through a join table or a join column, many-to-many owning and inverse; join columns implicit,
 * named, or {@code @JoinColumns} for a composite key; join tables implicit or named with their columns.
 */
final class AssociationGrammar {

    private final SeedContext seed;
    /** Owner table and target pairs whose implicit JPA join table name is taken: another one must be named. */
    private final Set<String> implicitJoinTables = new HashSet<>();

    AssociationGrammar(SeedContext seed) {
        this.seed = seed;
    }

    /** One association from the owner to the target, and perhaps its inverse side on the target. */
    void associate(ClassDraft owner, ClassDraft target) {
        boolean oneToOne = !target.hierarchy.id.composite() || seed.allows(KnownDefect.ONE_TO_ONE_COMPOSITE_UNIQUE);
        switch (seed.between(0, 5)) {
            case 0, 1 -> toOne(owner, target, Jpa.MANY_TO_ONE);
            case 2 -> toOne(owner, target, oneToOne ? Jpa.ONE_TO_ONE : Jpa.MANY_TO_ONE);
            case 3 -> oneToMany(owner, target);
            default -> manyToMany(owner, target);
        }
    }

    private void toOne(ClassDraft owner, ClassDraft target, String kind) {
        boolean nullableOnly = owner.nullableOnly(seed);
        if (kind.equals(Jpa.MANY_TO_ONE) && !target.hierarchy.id.composite() && seed.allows(KnownDefect.SHARED_READ_ONLY_COLUMN)
                && seed.chance(0.3)) {
            sharedColumn(owner, target);
            return;
        }
        String field = seed.field("ref");
        JavaAnnotation association = a(kind);
        boolean required = !nullableOnly && seed.chance(0.25);
        if (required) {
            association = association.with("optional", "false");
        }
        if (seed.chance(0.2)) {
            association = association.with("fetch", Jpa.constant(Jpa.P + "FetchType", "LAZY"));
        }
        List<JavaAnnotation> annotations = new ArrayList<>(List.of(association));
        joinColumns(target, field, !nullableOnly && !required && seed.chance(0.2)).ifPresent(annotations::add);
        owner.fields.add(new JavaField(seed.qualified(target.name), field, annotations));
        owner.holdsForeignKey = true;
        if (seed.chance(0.35)) {
            String inverse = kind.equals(Jpa.ONE_TO_ONE) ? Jpa.ONE_TO_ONE : Jpa.ONE_TO_MANY;
            String type = kind.equals(Jpa.ONE_TO_ONE) ? seed.qualified(owner.name) : collection(owner);
            target.fields.add(new JavaField(type, seed.field("back"), List.of(a(inverse).withString("mappedBy", field))));
        }
    }

    /**
     * Pattern 2: a basic column that a read-only many-to-one shares
     * ({@code @Column(name = "x") Long xId} beside {@code @JoinColumn(name = "x", insertable = false, updatable = false)}).
     */
    private void sharedColumn(ClassDraft owner, ClassDraft target) {
        String field = seed.field("ref");
        String column = seed.column(field);
        String type = target.hierarchy.id.simpleType();
        owner.fields.add(new JavaField(type, field + "Id", List.of(Jpa.column(column))));
        owner.fields.add(new JavaField(seed.qualified(target.name), field, List.of(a(Jpa.MANY_TO_ONE),
                Jpa.joinColumn(column).with("insertable", "false").with("updatable", "false"))));
        owner.holdsForeignKey = true;
    }

    /** The join column(s) of a to-one association, or none for the implicit ones. */
    private java.util.Optional<JavaAnnotation> joinColumns(ClassDraft target, String field, boolean notNull) {
        Hierarchy.IdShape id = target.hierarchy.id;
        if (!seed.chance(0.5)) {
            return java.util.Optional.empty();
        }
        if (!id.composite()) {
            JavaAnnotation column = Jpa.joinColumn(seed.column(field));
            return java.util.Optional.of(notNull ? column.with("nullable", "false") : column);
        }
        if (!seed.allows(KnownDefect.JOIN_COLUMNS)) {
            return java.util.Optional.empty();
        }
        List<JavaAnnotation> columns = new ArrayList<>();
        for (String referenced : id.columns()) {
            columns.add(Jpa.joinColumn(seed.column(field)).withString("referencedColumnName", referenced));
        }
        if (seed.chance(0.3)) {
            // Paired with the key by referencedColumnName, not by the order they are written in.
            java.util.Collections.reverse(columns);
        }
        return java.util.Optional.of(a(Jpa.JOIN_COLUMNS).with("value", Jpa.array(columns.toArray(JavaAnnotation[]::new))));
    }

    private void oneToMany(ClassDraft owner, ClassDraft target) {
        String field = seed.field("items");
        List<JavaAnnotation> annotations = new ArrayList<>(List.of(a(Jpa.ONE_TO_MANY)));
        boolean intoRootTable = target.hierarchy.strategy() == Hierarchy.Strategy.SINGLE_TABLE && target.hierarchy.root() != target;
        boolean joinColumn = !owner.hierarchy.id.composite() && seed.chance(0.4)
                && (!intoRootTable || seed.allows(KnownDefect.ONE_TO_MANY_JOIN_COLUMN_IN_SINGLE_TABLE));
        if (joinColumn) {
            // The foreign key lives in the target's table.
            // Not from a JOINED subclass: Hibernate looks the implicit column's referenced key up under the root's
            // key name, which a subclass's @PrimaryKeyJoinColumn renames, and rejects the model.
            boolean joinedSubclass = owner.hierarchy.strategy() == Hierarchy.Strategy.JOINED && owner.hierarchy.root() != owner;
            boolean unnamed = seed.allows(KnownDefect.UNNAMED_ONE_TO_MANY_JOIN_COLUMN) && !joinedSubclass && seed.chance(0.3);
            annotations.add(unnamed ? a(Jpa.JOIN_COLUMN) : Jpa.joinColumn(seed.column(field)));
            target.holdsForeignKey = true;
        } else if (target.hierarchy.id.composite() && !seed.allows(KnownDefect.ONE_TO_MANY_COMPOSITE_UNIQUE)) {
            return;
        } else {
            joinTable(owner, target, field).ifPresent(annotations::add);
        }
        owner.fields.add(new JavaField(collection(target), field, annotations));
    }

    private void manyToMany(ClassDraft owner, ClassDraft target) {
        String field = seed.field("links");
        List<JavaAnnotation> annotations = new ArrayList<>(List.of(a(Jpa.MANY_TO_MANY)));
        joinTable(owner, target, field).ifPresent(annotations::add);
        owner.fields.add(new JavaField(collection(target), field, annotations));
        if (seed.chance(0.3)) {
            target.fields.add(new JavaField(collection(owner), seed.field("linkedBy"),
                    List.of(a(Jpa.MANY_TO_MANY).withString("mappedBy", field))));
        }
    }

    /**
     * A {@code @JoinTable}, or none for the implicit one. JPA names an implicit join table after the owner's and the
     * target's tables, so a second association between the same tables must name its own.
     */
    private java.util.Optional<JavaAnnotation> joinTable(ClassDraft owner, ClassDraft target, String field) {
        String pair = tableOwner(owner) + "/" + tableOwner(target);
        boolean named = seed.chance(0.4) || !implicitJoinTables.add(pair);
        if (!named) {
            return java.util.Optional.empty();
        }
        JavaAnnotation table = a(Jpa.JOIN_TABLE).withString("name", seed.table("link"));
        if (!owner.hierarchy.id.composite() && !target.hierarchy.id.composite() && seed.chance(0.5)) {
            table = table.with("joinColumns", Jpa.joinColumn(seed.column("owner")))
                    .with("inverseJoinColumns", Jpa.joinColumn(seed.column(field)));
        }
        return java.util.Optional.of(table);
    }

    /** The entity whose table holds the class's columns: the root under SINGLE_TABLE. */
    private static String tableOwner(ClassDraft entity) {
        Hierarchy hierarchy = entity.hierarchy;
        return hierarchy.strategy() == Hierarchy.Strategy.SINGLE_TABLE ? hierarchy.root().name : entity.name;
    }

    /** A {@code List} of the entity; a {@code Set} (a keyed join table) only with pattern 8. */
    private String collection(ClassDraft element) {
        boolean set = seed.allows(KnownDefect.COLLECTION_KEY_ORDER) && seed.chance(0.4);
        return (set ? "java.util.Set<" : "java.util.List<") + seed.qualified(element.name) + ">";
    }
}
