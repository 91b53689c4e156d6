package io.modeldoc.processor.fuzz;

import static io.modeldoc.processor.fuzz.Jpa.a;

import java.util.ArrayList;
import java.util.List;

/**
 * Element collections ({@code List}/{@code Set} of basics, enums and embeddables) and maps of every key kind
 * (basic, enum, entity) and value kind (basic, enum, embeddable, entity), with their collection tables,
 * value and key columns, and order columns (with pattern 8).
 */
final class CollectionGrammar {

    private static final List<String> ELEMENT_TYPES = List.of("java.lang.String", "java.lang.Integer", "java.lang.Long",
            "java.time.LocalDate", "java.math.BigDecimal", "java.util.UUID", "java.lang.Boolean");
    private static final List<String> KEY_TYPES = List.of("java.lang.String", "java.lang.Integer", "java.lang.Long",
            "java.time.LocalDate");

    private final SeedContext seed;
    private final String enumType;

    CollectionGrammar(SeedContext seed, String enumType) {
        this.seed = seed;
        this.enumType = enumType;
    }

    /** An element collection or map on the entity; embeddables and entities are candidates for its values and keys. */
    JavaField collection(ClassDraft owner, List<ClassDraft> embeddables, List<Hierarchy> hierarchies) {
        String field = seed.field("values");
        List<JavaAnnotation> annotations = new ArrayList<>(List.of(a(Jpa.ELEMENT_COLLECTION)));
        if (seed.chance(0.4)) {
            JavaAnnotation table = a(Jpa.COLLECTION_TABLE).withString("name", seed.table("values"));
            if (!owner.hierarchy.id.composite() && seed.chance(0.5)) {
                table = table.with("joinColumns", Jpa.joinColumn(seed.column("owner")));
            }
            annotations.add(table);
        }
        String value = value(embeddables, annotations);
        if (seed.chance(0.35)) {
            String key = key(hierarchies, annotations);
            return new JavaField("java.util.Map<" + key + ", " + value + ">", field, annotations);
        }
        boolean ordered = seed.allows(KnownDefect.COLLECTION_KEY_ORDER) && seed.chance(0.4);
        if (ordered) {
            JavaAnnotation order = a(Jpa.ORDER_COLUMN);
            annotations.add(seed.chance(0.5) ? order.withString("name", seed.column("position")) : order);
        }
        boolean lobElement = embeddables.stream().anyMatch(e -> e.hasLob && value.equals(seed.qualified(e.name)));
        boolean unboundedElement = embeddables.stream().anyMatch(e -> e.hasUnbounded && value.equals(seed.qualified(e.name)));
        boolean set = !ordered && seed.chance(0.4) && (!lobElement || seed.allows(KnownDefect.LOB_IN_SET_OF_EMBEDDABLES))
                && !unboundedElement;
        return new JavaField((set ? "java.util.Set<" : "java.util.List<") + value + ">", field, annotations);
    }

    /** The element or map value type; adds its column annotations. */
    private String value(List<ClassDraft> embeddables, List<JavaAnnotation> annotations) {
        List<ClassDraft> usable = embeddables.stream().filter(e -> !e.hasAssociation).toList();
        if (!usable.isEmpty() && seed.chance(0.3)) {
            return seed.qualified(seed.pick(usable).name);
        }
        if (enumType != null && seed.chance(0.2)) {
            if (seed.chance(0.6)) {
                annotations.add(a(Jpa.ENUMERATED).with("value", Jpa.constant(Jpa.ENUM_TYPE, seed.pick(List.of("STRING", "ORDINAL")))));
            }
            return enumType;
        }
        String type = seed.pick(ELEMENT_TYPES);
        if (seed.chance(0.4)) {
            JavaAnnotation column = Jpa.column(seed.column("value"));
            if (type.equals("java.lang.String") && seed.chance(0.5)) {
                column = column.with("length", String.valueOf(seed.pick(List.of(20, 100, 255))));
            }
            if (seed.chance(0.3)) {
                column = column.with("nullable", "false");
            }
            annotations.add(column);
        }
        return type;
    }

    /** The map key type; adds its key annotations. */
    private String key(List<Hierarchy> hierarchies, List<JavaAnnotation> annotations) {
        List<Hierarchy> simple = hierarchies.stream().filter(h -> !h.id.composite()
                && (seed.allows(KnownDefect.TPC_FOREIGN_KEYS) || !h.isUnion(h.root()))).toList();
        if (!simple.isEmpty() && seed.chance(0.2)) {
            if (seed.chance(0.5)) {
                annotations.add(a(Jpa.MAP_KEY_JOIN_COLUMN).withString("name", seed.column("key")));
            }
            ClassDraft target = seed.pick(simple).root();
            target.mapKeyTarget = !seed.allows(KnownDefect.MAP_KEY_TARGET_SCHEMA);
            return seed.qualified(target.name);
        }
        if (enumType != null && seed.chance(0.25)) {
            if (seed.chance(0.6)) {
                annotations.add(a(Jpa.MAP_KEY_ENUMERATED).with("value", Jpa.constant(Jpa.ENUM_TYPE, seed.pick(List.of("STRING", "ORDINAL")))));
            }
            return enumType;
        }
        String type = seed.pick(KEY_TYPES);
        if (seed.chance(0.5)) {
            JavaAnnotation column = a(Jpa.MAP_KEY_COLUMN).withString("name", seed.column("key"));
            if (type.equals("java.lang.String") && seed.chance(0.5)) {
                column = column.with("length", String.valueOf(seed.pick(List.of(20, 100))));
            }
            annotations.add(column);
        }
        return type;
    }
}
