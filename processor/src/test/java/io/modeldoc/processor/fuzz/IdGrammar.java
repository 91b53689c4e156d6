package io.modeldoc.processor.fuzz;

import static io.modeldoc.processor.fuzz.Jpa.a;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Identifiers: assigned, generated (identity, sequence, table, uuid, auto; with and without their generator
 * annotations), {@code @EmbeddedId}, {@code @IdClass}, and ids derived from an association ({@code @MapsId}).
 */
final class IdGrammar {

    private static final List<String> SIMPLE_TYPES = List.of("java.lang.Long", "java.lang.Integer", "java.lang.String",
            "java.util.UUID", "long");

    private final SeedContext seed;
    /** Receives the id classes and embeddable ids the grammar creates. */
    private final Consumer<ClassDraft> classes;

    IdGrammar(SeedContext seed, Consumer<ClassDraft> classes) {
        this.seed = seed;
        this.classes = classes;
    }

    /** Puts an id on the class that declares it (the root entity or a mapped superclass) and returns its shape. */
    Hierarchy.IdShape id(ClassDraft holder, Hierarchy hierarchy, List<Hierarchy> earlier) {
        List<Hierarchy> parents = earlier.stream().filter(h -> !h.id.composite()
                && (seed.allows(KnownDefect.TPC_FOREIGN_KEYS) || !h.isUnion(h.root()))).toList();
        int kind = seed.between(0, 9);
        if (kind <= 1) {
            return assigned(holder);
        }
        if (kind <= 5) {
            return generated(holder, hierarchy);
        }
        if (kind == 6) {
            return embeddedId(holder);
        }
        if (kind == 7 && (holder.isEntity() || seed.allows(KnownDefect.ID_CLASS_ON_MAPPED_SUPERCLASS))) {
            return idClass(holder);
        }
        // Hibernate cannot join or union subclass tables over an id derived through @MapsId.
        boolean derivable = hierarchy.strategy() == Hierarchy.Strategy.NONE || hierarchy.strategy() == Hierarchy.Strategy.SINGLE_TABLE;
        if (!parents.isEmpty() && holder.isEntity() && derivable) {
            return derived(holder, seed.pick(parents));
        }
        return generated(holder, hierarchy);
    }

    private Hierarchy.IdShape assigned(ClassDraft holder) {
        String type = seed.pick(SIMPLE_TYPES);
        String column = "id";
        List<JavaAnnotation> annotations = new ArrayList<>(List.of(a(Jpa.ID)));
        if (seed.chance(0.4)) {
            column = seed.column("id");
            JavaAnnotation annotation = Jpa.column(column);
            if (type.equals("java.lang.String") && seed.chance(0.5)) {
                annotation = annotation.with("length", String.valueOf(seed.pick(List.of(20, 36, 100))));
            }
            annotations.add(annotation);
        }
        holder.fields.add(new JavaField(type, "id", annotations));
        return new Hierarchy.IdShape(List.of(column), false, type, false);
    }

    private Hierarchy.IdShape generated(ClassDraft holder, Hierarchy hierarchy) {
        List<String> strategies = new ArrayList<>(List.of("AUTO", "SEQUENCE", "TABLE", "UUID", "DEFAULT"));
        if (hierarchy.strategy() != Hierarchy.Strategy.TABLE_PER_CLASS) {
            // Hibernate rejects identity columns with TABLE_PER_CLASS: the subclass tables could not share them.
            strategies.add("IDENTITY");
        }
        String strategy = seed.pick(strategies);
        String type = strategy.equals("UUID") ? "java.util.UUID" : seed.pick(List.of("java.lang.Long", "java.lang.Integer", "long"));
        JavaAnnotation generatedValue = a(Jpa.GENERATED_VALUE);
        if (!strategy.equals("DEFAULT")) {
            generatedValue = generatedValue.with("strategy", Jpa.constant(Jpa.GENERATION_TYPE, strategy));
        }
        List<JavaAnnotation> annotations = new ArrayList<>(List.of(a(Jpa.ID)));
        if (strategy.equals("SEQUENCE") && seed.chance(0.6)) {
            String generator = seed.table("gen");
            JavaAnnotation sequence = a(Jpa.SEQUENCE_GENERATOR).withString("name", generator);
            if (seed.chance(0.7)) {
                sequence = sequence.withString("sequenceName", seed.table("seq"));
            }
            if (seed.chance(0.5)) {
                sequence = sequence.with("allocationSize", String.valueOf(seed.pick(List.of(1, 10, 50, 100))));
            }
            if (seed.chance(0.4)) {
                sequence = sequence.with("initialValue", String.valueOf(seed.pick(List.of(1, 100, 1000))));
            }
            generatedValue = generatedValue.withString("generator", generator);
            annotations.add(sequence);
        }
        if (strategy.equals("TABLE") && seed.chance(0.6)) {
            String generator = seed.table("gen");
            JavaAnnotation table = a(Jpa.TABLE_GENERATOR).withString("name", generator).withString("table", seed.table("ids"));
            if (seed.chance(0.5)) {
                table = table.withString("pkColumnName", "gen_name").withString("valueColumnName", "gen_value");
            }
            if (seed.chance(0.4)) {
                table = table.with("allocationSize", String.valueOf(seed.pick(List.of(1, 10, 50))));
            }
            generatedValue = generatedValue.withString("generator", generator);
            annotations.add(table);
        }
        annotations.add(1, generatedValue);
        String column = "id";
        if (seed.chance(0.3)) {
            column = seed.column("id");
            annotations.add(Jpa.column(column));
        }
        holder.fields.add(new JavaField(type, "id", annotations));
        return new Hierarchy.IdShape(List.of(column), false, type.equals("long") ? "java.lang.Long" : type, false);
    }

    /** An {@code @EmbeddedId} of two basic columns. */
    private Hierarchy.IdShape embeddedId(ClassDraft holder) {
        ClassDraft key = new ClassDraft(seed.className("Key"), ClassDraft.Role.EMBEDDABLE);
        key.annotations.add(a(Jpa.EMBEDDABLE));
        key.interfaces.add("java.io.Serializable");
        List<String> columns = keyFields(key);
        classes.accept(key);
        // Pattern 10: @Id on an attribute of @Embeddable type is an embedded id too.
        boolean plainId = seed.allows(KnownDefect.ID_ON_EMBEDDABLE) && seed.chance(0.5);
        holder.fields.add(new JavaField(seed.qualified(key.name), "id", List.of(a(plainId ? Jpa.ID : Jpa.EMBEDDED_ID))));
        return new Hierarchy.IdShape(columns, true, "", false);
    }

    /** An {@code @IdClass} with two {@code @Id} fields, the id class repeating them. */
    private Hierarchy.IdShape idClass(ClassDraft holder) {
        ClassDraft key = new ClassDraft(seed.className("Pk"), ClassDraft.Role.ID_CLASS);
        key.interfaces.add("java.io.Serializable");
        List<String> columns = keyFields(key);
        for (JavaField field : key.fields) {
            List<JavaAnnotation> annotations = new ArrayList<>(List.of(a(Jpa.ID)));
            annotations.addAll(field.annotations());
            holder.fields.add(new JavaField(field.type(), field.name(), annotations));
        }
        key.fields.replaceAll(f -> f.withAnnotations(List.of()));
        classes.accept(key);
        holder.annotations.add(a(Jpa.ID_CLASS).with("value", seed.qualified(key.name) + ".class"));
        return new Hierarchy.IdShape(columns, true, "", false);
    }

    private List<String> keyFields(ClassDraft key) {
        List<String> columns = new ArrayList<>();
        // At most one part of 255 characters: a join table holds two keys, and MySQL and MariaDB refuse a key over
        // 3,072 bytes, which four such columns pass in utf8mb4 (both scripts fail: no model to compare).
        boolean unboundedPart = false;
        for (String type : List.of(seed.pick(List.of("java.lang.Long", "java.lang.String", "java.lang.Integer")),
                seed.pick(List.of("java.lang.Integer", "java.lang.String", "java.time.LocalDate")))) {
            String field = seed.field("part");
            String column = seed.column(field);
            JavaAnnotation annotation = Jpa.column(column);
            if (type.equals("java.lang.String") && (seed.chance(0.5) || unboundedPart)) {
                annotation = annotation.with("length", String.valueOf(seed.pick(List.of(10, 40))));
            } else if (type.equals("java.lang.String")) {
                unboundedPart = true;
            }
            key.fields.add(new JavaField(type, field, List.of(annotation)));
            columns.add(column);
        }
        return columns;
    }

    /** The parent's id as this entity's id, through {@code @MapsId} on a to-one association. */
    private Hierarchy.IdShape derived(ClassDraft holder, Hierarchy parent) {
        String field = seed.field("parent");
        String column = field + "_" + parent.id.columns().get(0);
        JavaAnnotation association = a(seed.chance(0.5) ? Jpa.ONE_TO_ONE : Jpa.MANY_TO_ONE);
        List<JavaAnnotation> annotations = new ArrayList<>(List.of(a(Jpa.MAPS_ID), association));
        if (seed.chance(0.4)) {
            column = seed.column(field);
            annotations.add(Jpa.joinColumn(column));
        }
        holder.holdsForeignKey = true;
        holder.fields.add(new JavaField(parent.id.simpleType(), "id", List.of(a(Jpa.ID))));
        holder.fields.add(new JavaField(seed.qualified(parent.root().name), field, annotations));
        return new Hierarchy.IdShape(List.of(column), false, parent.id.simpleType(), true);
    }
}
