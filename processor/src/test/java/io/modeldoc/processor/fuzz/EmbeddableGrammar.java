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
            draft.leaves.add(new ClassDraft.Leaf(field.name(), false));
        }
        if (!earlier.isEmpty() && seed.chance(0.3)) {
            ClassDraft inner = seed.pick(earlier);
            String field = seed.field("inner");
            draft.fields.add(new JavaField(seed.qualified(inner.name), field, List.of()));
            inner.leaves.forEach(leaf -> draft.leaves.add(new ClassDraft.Leaf(field + "." + leaf.path(), leaf.association())));
            draft.embeddableNames.addAll(inner.embeddableNames);
            draft.hasNotNull |= inner.hasNotNull;
            draft.hasAssociation |= inner.hasAssociation;
        }
        List<Hierarchy> simple = targets.stream().filter(h -> !h.id.composite()).toList();
        if (!simple.isEmpty() && seed.chance(0.2)) {
            String field = seed.field("owner");
            draft.fields.add(new JavaField(seed.qualified(seed.pick(simple).root().name), field, List.of(a(Jpa.MANY_TO_ONE))));
            draft.leaves.add(new ClassDraft.Leaf(field, true));
            draft.hasAssociation = true;
        }
        classes.accept(draft);
        return draft;
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
            if (again || seed.chance(0.2)) {
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
