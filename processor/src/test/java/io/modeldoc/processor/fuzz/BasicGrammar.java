package io.modeldoc.processor.fuzz;

import static io.modeldoc.processor.fuzz.Jpa.a;

import java.util.ArrayList;
import java.util.List;

/**
 * Basic attributes: a type from Hibernate's registry (or the seed's enum), with or without {@code @Column}
 * and each of its elements, {@code @Lob}, {@code @Temporal}, {@code @Enumerated}, and the Bean Validation
 * constraints that shape DDL.
 */
final class BasicGrammar {

    private static final String NATIONALIZED = "org.hibernate.annotations.Nationalized";
    private static final String JDBC_TYPE_CODE = "org.hibernate.annotations.JdbcTypeCode";
    private static final List<Integer> LENGTHS = List.of(1, 2, 10, 40, 100, 255, 256, 1000, 4000, 10000, 32600, 100000);

    private final SeedContext seed;
    /** The seed's enum, qualified, or {@code null}. */
    private final String enumType;
    /** Whether the enum's constants are single letters, so a column of length 1 holds them. */
    private final boolean oneLetterEnum;

    BasicGrammar(SeedContext seed, String enumType, boolean oneLetterEnum) {
        this.seed = seed;
        this.enumType = enumType;
        this.oneLetterEnum = oneLetterEnum;
    }

    /** A basic field for the class; an entity's explicitly named keyable columns become indexable. */
    JavaField basic(ClassDraft owner) {
        boolean nullableOnly = owner.nullableOnly(seed);
        if (enumType != null && seed.chance(0.12)) {
            return enumField(owner, nullableOnly);
        }
        BasicType type = seed.basicType();
        while (nullableOnly && type.is(BasicType.Trait.PRIMITIVE)) {
            type = seed.basicType();
        }
        String name = seed.field();
        List<JavaAnnotation> annotations = new ArrayList<>();
        // The draw comes first so that a seed's model stays the same whichever way the switch is set.
        boolean lob = type.is(BasicType.Trait.LOB) && seed.chance(0.15) && seed.allows(KnownDefect.LOB_ON_MYSQL);
        if (lob) {
            annotations.add(a(Jpa.LOB));
        }
        if (type.is(BasicType.Trait.TEMPORAL) && seed.chance(0.5)) {
            annotations.add(a(Jpa.TEMPORAL).with("value",
                    Jpa.constant(Jpa.TEMPORAL_TYPE, seed.pick(List.of("DATE", "TIME", "TIMESTAMP")))));
        }
        if (type.javaType().equals("java.lang.String") && !lob && seed.allows(KnownDefect.HIBERNATE_TYPE_ANNOTATIONS)
                && seed.chance(0.15)) {
            annotations.add(seed.chance(0.5) ? a(NATIONALIZED) : a(JDBC_TYPE_CODE).with("value",
                    "org.hibernate.type.SqlTypes." + seed.pick(List.of("LONGVARCHAR", "LONG32VARCHAR", "CHAR", "CLOB"))));
        }
        boolean primitive = type.is(BasicType.Trait.PRIMITIVE);
        ColumnChoice column = column(owner, name, type, lob, nullableOnly);
        if (column.annotation() != null) {
            annotations.add(column.annotation());
        }
        if (!nullableOnly && !primitive) {
            annotations.addAll(validation(type));
        }
        if (column.name() != null && owner.isEntity() && owner.ownsTable() && column.keyable()) {
            owner.indexable.add(column.name());
        }
        if (owner.role == ClassDraft.Role.EMBEDDABLE && (column.notNull() || primitive && column.annotation() == null)) {
            owner.hasNotNull = true;
        }
        return new JavaField(type.javaType(), name, annotations);
    }

    private JavaField enumField(ClassDraft owner, boolean nullableOnly) {
        String name = seed.field("state");
        List<JavaAnnotation> annotations = new ArrayList<>();
        boolean string = seed.chance(0.6);
        if (string || seed.chance(0.5)) {
            annotations.add(a(Jpa.ENUMERATED).with("value", Jpa.constant(Jpa.ENUM_TYPE, string ? "STRING" : "ORDINAL")));
        }
        if (seed.chance(0.5)) {
            JavaAnnotation column = Jpa.column(seed.column(name));
            if (string && seed.chance(0.5)) {
                int length = seed.pick(oneLetterEnum ? List.of(1, 8, 20, 255) : List.of(8, 20, 255));
                column = column.with("length", String.valueOf(length));
            }
            if (!nullableOnly && seed.chance(0.3)) {
                column = column.with("nullable", "false");
            }
            annotations.add(column);
        }
        if (owner.role == ClassDraft.Role.EMBEDDABLE && annotations.stream().anyMatch(a -> a.element("nullable").isPresent())) {
            owner.hasNotNull = true;
        }
        return new JavaField(enumType, name, annotations);
    }

    /**
     * The {@code @Column} written, if any.
     *
     * @param name    the explicit column name, or {@code null}
     * @param notNull whether it says {@code nullable = false}
     * @param keyable whether a unique constraint or index on it runs on every server
     */
    private record ColumnChoice(JavaAnnotation annotation, String name, boolean notNull, boolean keyable) {
    }

    private ColumnChoice column(ClassDraft owner, String field, BasicType type, boolean lob, boolean nullableOnly) {
        boolean primitive = type.is(BasicType.Trait.PRIMITIVE);
        if (!seed.chance(0.55)) {
            return new ColumnChoice(null, null, false, false);
        }
        JavaAnnotation column = a(Jpa.COLUMN);
        String name = null;
        if (seed.chance(0.6)) {
            name = seed.column(field);
            column = column.withString("name", name);
        } else if (seed.chance(0.08)) {
            // A quoted name keeps its case; it is not indexable, since an index must quote it the same way.
            column = column.withString("name", "\"Mixed" + seed.column(field) + "\"");
        }
        int length = 255;
        if (type.sizing() == BasicType.Sizing.LENGTH && seed.chance(0.6)) {
            length = seed.pick(LENGTHS);
            column = column.with("length", String.valueOf(length));
        }
        if (type.sizing() == BasicType.Sizing.PRECISION && seed.chance(0.6)) {
            int precision = seed.between(1, 38);
            column = column.with("precision", String.valueOf(precision));
            if (seed.chance(0.7)) {
                column = column.with("scale", String.valueOf(seed.between(0, Math.min(precision, 12))));
            }
        }
        // Without pattern 3's fix, @Column on a primitive is only at parity when it says nullable = false.
        boolean notNull = !nullableOnly && (primitive && !seed.allows(KnownDefect.PRIMITIVE_WITH_COLUMN) || seed.chance(0.25));
        if (notNull) {
            column = column.with("nullable", "false");
        } else if (seed.chance(0.1)) {
            column = column.with("nullable", "true");
        }
        boolean keyable = type.is(BasicType.Trait.KEYABLE) && !lob && length <= 255;
        if (keyable && owner.isEntity() && seed.chance(0.1)) {
            column = column.with("unique", "true");
        }
        if (seed.chance(0.05)) {
            column = column.with("insertable", "false").with("updatable", "false");
        }
        return new ColumnChoice(column, name, notNull, keyable);
    }

    private List<JavaAnnotation> validation(BasicType type) {
        List<JavaAnnotation> constraints = new ArrayList<>();
        if (seed.chance(0.12)) {
            constraints.add(a(Jpa.NOT_NULL));
        }
        if (type.is(BasicType.Trait.TEXT)) {
            if (seed.chance(0.12)) {
                constraints.add(a(Jpa.SIZE).with("max", String.valueOf(seed.pick(LENGTHS))));
            }
            if (seed.chance(0.06)) {
                constraints.add(a(Jpa.NOT_BLANK));
            }
            if (seed.chance(0.06)) {
                constraints.add(a(Jpa.LENGTH).with("max", String.valueOf(seed.pick(LENGTHS))));
            }
        }
        if (type.is(BasicType.Trait.INTEGRAL) && !type.javaType().equals("java.math.BigInteger")) {
            if (seed.chance(0.1)) {
                constraints.add(a(Jpa.MIN).with("value", String.valueOf(seed.between(0, 10))));
            }
            if (seed.chance(0.1)) {
                constraints.add(a(Jpa.MAX).with("value", String.valueOf(seed.between(20, 100))));
            }
        }
        if (type.javaType().equals("java.math.BigDecimal") && seed.chance(0.12)) {
            constraints.add(a(Jpa.DIGITS).with("integer", String.valueOf(seed.between(1, 20)))
                    .with("fraction", String.valueOf(seed.between(0, 6))));
        }
        return constraints;
    }
}
