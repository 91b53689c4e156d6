package io.modeldoc.processor.fuzz;

import static io.modeldoc.processor.fuzz.Jpa.a;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Embeddables (basics, a nested embeddable, a to-one association) and their use: {@code @Embedded} once per
 * hierarchy as written, again only with {@code @AttributeOverride}/{@code @AssociationOverride} on every column,
 * since Hibernate rejects a repeated column.
 */
final class EmbeddableGrammar {

    private final SeedContext seed;
    private final Consumer<ClassDraft> classes;
    private final BasicGrammar basics;

    EmbeddableGrammar(SeedContext seed, Consumer<ClassDraft> classes, BasicGrammar basics) {
        this.seed = seed;
        this.classes = classes;
        this.basics = basics;
    }

    /** A new embeddable, possibly nesting an earlier one and referring to an entity with a simple id. */
    ClassDraft embeddable(List<ClassDraft> earlier, List<Hierarchy> targets) {
        ClassDraft draft = new ClassDraft(seed.className(seed.pick(List.of("Address", "Money", "Range", "Contact"))),
                ClassDraft.Role.EMBEDDABLE);
        draft.annotations.add(a(Jpa.EMBEDDABLE));
        draft.embeddableNames.add(draft.name);
        int count = seed.between(1, 3);
        for (int i = 0; i < count; i++) {
            JavaField field = basics.basic(draft);
            draft.fields.add(field);
            draft.leaves.add(new ClassDraft.Leaf(field.name(), false, customColumn(field)));
            draft.hasLob |= field.has("Lob");
            draft.hasUnbounded |= field.annotations().stream().anyMatch(a -> a.is("JdbcTypeCode")
                    && a.element("value").filter(v -> v instanceof JavaAnnotation.Literal l && l.source().contains("LONG32")).isPresent());
        }
        if (!earlier.isEmpty() && seed.chance(0.3)) {
            ClassDraft inner = seed.pick(earlier);
            String field = seed.field("inner");
            draft.fields.add(new JavaField(seed.qualified(inner.name), field, List.of()));
            inner.leaves.forEach(leaf -> draft.leaves.add(new ClassDraft.Leaf(field + "." + leaf.path(), leaf.association(),
                    leaf.customColumn())));
            draft.embeddableNames.addAll(inner.embeddableNames);
            draft.hasNotNull |= inner.hasNotNull;
            draft.hasLob |= inner.hasLob;
            draft.hasUnbounded |= inner.hasUnbounded;
            draft.hasAssociation |= inner.hasAssociation;
        }
        List<Hierarchy> simple = targets.stream().filter(h -> !h.id.composite()
                && (seed.allows(KnownDefect.TPC_FOREIGN_KEYS) || !h.isUnion(h.root()))).toList();
        if (!simple.isEmpty() && seed.chance(0.2)) {
            String field = seed.field("owner");
            draft.fields.add(new JavaField(seed.qualified(seed.pick(simple).root().name), field, List.of(a(Jpa.MANY_TO_ONE))));
            draft.leaves.add(new ClassDraft.Leaf(field, true, false));
            draft.hasAssociation = true;
        }
        classes.accept(draft);
        return draft;
    }

    /**
     * Whether the embeddable can go into the class: its NOT NULL columns not into a SINGLE_TABLE subclass (pattern 4),
     * its foreign key not into a TABLE_PER_CLASS table with subclasses (15), and a second use in the hierarchy only
     * when every column can be overridden (17: nested paths, 18: columns shaped by more than their name).
     */
    boolean fits(ClassDraft owner, ClassDraft embeddable) {
        if (embeddable.hasNotNull && owner.nullableOnly(seed)
                || embeddable.hasAssociation && !seed.allows(KnownDefect.TPC_FOREIGN_KEYS) && owner.hierarchy.isUnion(owner)) {
            return false;
        }
        boolean again = embeddable.embeddableNames.stream().anyMatch(owner.hierarchy.embeddablesUsed::contains);
        return !again || embeddable.leaves.stream().allMatch(this::overridable);
    }

    private boolean overridable(ClassDraft.Leaf leaf) {
        return (seed.allows(KnownDefect.NESTED_OVERRIDE) || !leaf.path().contains("."))
                && (seed.allows(KnownDefect.FIELD_ASSOCIATION_OVERRIDE) || !leaf.association())
                && (seed.allows(KnownDefect.OVERRIDE_COLUMN) || !leaf.customColumn());
    }

    /**
     * Whether a basic field's column is shaped by more than its name (a primitive, {@code nullable}, {@code length},
     * Bean Validation...), which Hibernate drops when an override gives the column (pattern 18).
     */
    private static boolean customColumn(JavaField field) {
        return !field.type().contains(".") && !field.type().endsWith("[]")
                || field.annotations().stream().anyMatch(a -> a.is("Column") && a.elements().stream().anyMatch(e -> !e.name().equals("name")))
                || field.annotations().stream().anyMatch(a -> !a.is("Column"));
    }

    /** Embeds the embeddable in an entity or mapped superclass, overriding every column when it is there already. */
    JavaField embed(ClassDraft owner, ClassDraft embeddable) {
        List<JavaAnnotation> annotations = new ArrayList<>();
        if (seed.chance(0.5)) {
            annotations.add(a(Jpa.EMBEDDED));
        }
        List<String> used = owner.hierarchy.embeddablesUsed;
        boolean again = embeddable.embeddableNames.stream().anyMatch(used::contains);
        used.addAll(embeddable.embeddableNames);
        for (ClassDraft.Leaf leaf : embeddable.leaves) {
            if (again || overridable(leaf) && seed.chance(0.2)) {
                annotations.add(override(leaf));
            }
        }
        if (embeddable.hasAssociation) {
            owner.holdsForeignKey = true;
        }
        return new JavaField(seed.qualified(embeddable.name), seed.field("embedded"), annotations);
    }

    private JavaAnnotation override(ClassDraft.Leaf leaf) {
        String column = seed.column(leaf.path().replace('.', '_'));
        if (leaf.association()) {
            return a(Jpa.ASSOCIATION_OVERRIDE).withString("name", leaf.path())
                    .with("joinColumns", Jpa.joinColumn(column));
        }
        return a(Jpa.ATTRIBUTE_OVERRIDE).withString("name", leaf.path()).with("column", Jpa.column(column));
    }
}
