package io.modeldoc.processor.fuzz;

import static io.modeldoc.processor.fuzz.Jpa.a;

import java.util.List;
import java.util.function.Consumer;

/**
 * Entity hierarchies: an optional chain of mapped superclasses (generic ones with pattern 1), a root entity,
 * and subclasses under every inheritance strategy, with discriminator columns of every type and values.
 */
final class HierarchyGrammar {

    private final SeedContext seed;
    private final Consumer<ClassDraft> classes;
    private final IdGrammar ids;

    HierarchyGrammar(SeedContext seed, Consumer<ClassDraft> classes, IdGrammar ids) {
        this.seed = seed;
        this.classes = classes;
        this.ids = ids;
    }

    /** A new hierarchy, its classes handed to the model; earlier hierarchies may give it a derived id. */
    Hierarchy hierarchy(List<Hierarchy> earlier) {
        Hierarchy.Strategy strategy = seed.pick(List.of(Hierarchy.Strategy.NONE, Hierarchy.Strategy.NONE,
                Hierarchy.Strategy.NONE, Hierarchy.Strategy.SINGLE_TABLE, Hierarchy.Strategy.JOINED,
                Hierarchy.Strategy.TABLE_PER_CLASS));
        ClassDraft root = new ClassDraft(seed.className(seed.pick(List.of("Order", "Item", "Party", "Asset", "Note"))),
                ClassDraft.Role.ENTITY);
        Hierarchy hierarchy = new Hierarchy(root, strategy);
        root.hierarchy = hierarchy;
        ClassDraft idHolder = root;
        if (seed.chance(0.3)) {
            idHolder = superclasses(root, hierarchy);
        }
        entity(root, strategy != Hierarchy.Strategy.NONE && seed.chance(0.25));
        if (strategy != Hierarchy.Strategy.NONE) {
            root.annotations.add(inheritance(strategy));
        }
        hierarchy.id = ids.id(idHolder, hierarchy, earlier);
        if (idHolder != root && seed.allows(KnownDefect.GENERIC_MAPPED_SUPERCLASS) && seed.chance(0.6)) {
            genericId(root, idHolder);
        }
        discriminator(hierarchy);
        classes.accept(root);
        hierarchy.entities.add(root);
        if (strategy != Hierarchy.Strategy.NONE) {
            int subclasses = seed.between(1, 3);
            for (int i = 0; i < subclasses; i++) {
                ClassDraft parent = seed.chance(0.3) ? seed.pick(hierarchy.entities) : root;
                subclass(hierarchy, parent);
            }
        }
        return hierarchy;
    }

    /** One or two mapped superclasses above the root; returns the one that declares the id. */
    private ClassDraft superclasses(ClassDraft root, Hierarchy hierarchy) {
        ClassDraft top = new ClassDraft(seed.className("Base"), ClassDraft.Role.MAPPED_SUPERCLASS);
        top.annotations.add(a(Jpa.MAPPED_SUPERCLASS));
        top.isAbstract = seed.chance(0.7);
        top.hierarchy = hierarchy;
        classes.accept(top);
        ClassDraft lowest = top;
        if (seed.chance(0.4)) {
            ClassDraft middle = new ClassDraft(seed.className("Audited"), ClassDraft.Role.MAPPED_SUPERCLASS);
            middle.annotations.add(a(Jpa.MAPPED_SUPERCLASS));
            middle.isAbstract = true;
            middle.hierarchy = hierarchy;
            middle.superclass = seed.qualified(top.name);
            middle.parent = top;
            classes.accept(middle);
            lowest = middle;
        }
        root.superclass = seed.qualified(lowest.name);
        root.parent = lowest;
        return seed.chance(0.6) ? top : root;
    }

    /**
     * Pattern 1, the shape of Spring Data's {@code AbstractPersistable<PK>}: the mapped superclass declares its simple
     * id as a type variable, and each class below passes it down, the entity's superclass naming the real type.
     */
    private void genericId(ClassDraft root, ClassDraft top) {
        int index = top.fields.size() - 1;
        JavaField id = top.fields.get(index);
        if (!id.name().equals("id") || !id.has("Id")) {
            return;
        }
        String type = id.type().equals("long") ? "java.lang.Long" : id.type();
        if (type.endsWith("UUID") && id.has("GeneratedValue")) {
            // Hibernate's UUID generator reads the declared type (Serializable) and refuses it at start-up.
            return;
        }
        top.typeParameters.add("ID extends java.io.Serializable");
        top.fields.set(index, id.withType("ID"));
        for (ClassDraft below = root; below.parent != null; below = below.parent) {
            boolean passesDown = below.parent != top && below.parent.role == ClassDraft.Role.MAPPED_SUPERCLASS;
            below.superclass = below.superclass + "<" + (below == root ? type : "ID") + ">";
            if (below != root) {
                below.typeParameters.add("ID extends java.io.Serializable");
            }
            if (!passesDown && below.parent == top) {
                break;
            }
        }
    }

    private void entity(ClassDraft draft, boolean isAbstract) {
        JavaAnnotation entity = a(Jpa.ENTITY);
        if (seed.chance(0.1)) {
            entity = entity.withString("name", seed.className("Named"));
        }
        draft.annotations.add(entity);
        draft.isAbstract = isAbstract;
    }

    private static JavaAnnotation inheritance(Hierarchy.Strategy strategy) {
        return a(Jpa.INHERITANCE).with("strategy", Jpa.constant(Jpa.INHERITANCE_TYPE, strategy.name()));
    }

    private void discriminator(Hierarchy hierarchy) {
        boolean needed = hierarchy.strategy() == Hierarchy.Strategy.SINGLE_TABLE;
        boolean allowed = needed || hierarchy.strategy() == Hierarchy.Strategy.JOINED;
        if (!allowed || !(needed ? seed.chance(0.6) : seed.chance(0.3))) {
            return;
        }
        String type = seed.pick(List.of("STRING", "CHAR", "INTEGER"));
        JavaAnnotation column = a(Jpa.DISCRIMINATOR_COLUMN);
        if (seed.chance(0.6)) {
            column = column.withString("name", seed.column("kind"));
        }
        if (!type.equals("STRING") || seed.chance(0.4)) {
            column = column.with("discriminatorType", Jpa.constant(Jpa.DISCRIMINATOR_TYPE, type));
        }
        if (type.equals("STRING") && seed.chance(0.4)) {
            column = column.with("length", String.valueOf(seed.pick(List.of(10, 31, 50))));
        }
        hierarchy.root().annotations.add(column);
        hierarchy.discriminatorType = type;
        discriminatorValue(hierarchy, hierarchy.root());
    }

    /** CHAR and INTEGER discriminators need a value on every entity; STRING ones default to the entity name. */
    private void discriminatorValue(Hierarchy hierarchy, ClassDraft entity) {
        String type = hierarchy.discriminatorType;
        // Hibernate wants a CHAR or INTEGER value even on an abstract entity.
        if (type == null || type.equals("STRING") && (entity.isAbstract || seed.chance(0.5))) {
            return;
        }
        int number = ++hierarchy.discriminatorValues;
        String value = switch (type) {
            case "CHAR" -> String.valueOf((char) ('A' + number));
            case "INTEGER" -> String.valueOf(number * 10);
            default -> "kind" + number;
        };
        entity.annotations.add(a(Jpa.DISCRIMINATOR_VALUE).withString("value", value));
    }

    private void subclass(Hierarchy hierarchy, ClassDraft parent) {
        ClassDraft sub = new ClassDraft(seed.className("Sub"), ClassDraft.Role.ENTITY);
        sub.hierarchy = hierarchy;
        sub.parent = parent;
        sub.superclass = seed.qualified(parent.name);
        entity(sub, false);
        // Hibernate cannot name the key join column of an id derived through @MapsId.
        if (hierarchy.strategy() == Hierarchy.Strategy.JOINED && !hierarchy.id.composite() && !hierarchy.id.derived()
                && seed.chance(0.4)) {
            sub.annotations.add(a(Jpa.PRIMARY_KEY_JOIN_COLUMN).withString("name", seed.column("ref")));
        }
        discriminatorValue(hierarchy, sub);
        classes.accept(sub);
        hierarchy.entities.add(sub);
    }
}
