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
    private static final String JDBC_TYPE = "org.hibernate.annotations.JdbcType";
    private static final String SQL_TYPES = "org.hibernate.type.SqlTypes.";
    private static final String JDBC_TYPES = "org.hibernate.type.descriptor.jdbc.";
    /** The type codes a String takes; those after the first four make a column no index can hold on every server. */
    private static final List<String> TEXT_CODES = List.of("CHAR", "VARCHAR", "NCHAR", "NVARCHAR", "LONGVARCHAR", "LONGNVARCHAR",
            "LONG32VARCHAR", "LONG32NVARCHAR", "CLOB", "NCLOB", "JSON", "SQLXML");
    private static final List<String> TEXT_CLASSES = List.of("CharJdbcType", "VarcharJdbcType", "NCharJdbcType", "NVarcharJdbcType",
            "LongVarcharJdbcType", "LongNVarcharJdbcType");
    private static final List<String> INTEGER_CODES = List.of("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "NUMERIC", "DECIMAL");
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
        boolean keyableType = true;
        if (seed.chance(0.2) && seed.allows(KnownDefect.HIBERNATE_TYPE_ANNOTATIONS)) {
            TypeChoice choice = typeAnnotation(type, lob);
            if (choice != null) {
                annotations.add(choice.annotation());
                keyableType = choice.keyable();
            }
        }
        boolean primitive = type.is(BasicType.Trait.PRIMITIVE);
        ColumnChoice column = column(owner, name, type, lob || !keyableType, nullableOnly);
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

    /** A Hibernate type annotation and whether the column it makes can still be a key on every server. */
    private record TypeChoice(JavaAnnotation annotation, boolean keyable) {
    }

    /**
     * Hibernate's type annotations the Java type takes (issue 12 item 9): {@code @JdbcTypeCode} with a code Hibernate
     * 7.4 maps for it, {@code @JdbcType} with a class standing for one, or {@code @Nationalized}; {@code null} for a
     * type that takes none.
     */
    private TypeChoice typeAnnotation(BasicType type, boolean lob) {
        String java = type.javaType();
        if (lob) {
            return java.equals("java.lang.String") ? new TypeChoice(a(NATIONALIZED), false) : null;
        }
        return switch (java) {
            case "java.lang.String" -> {
                int pick = seed.between(0, 2);
                if (pick == 0) {
                    yield new TypeChoice(a(NATIONALIZED), true);
                }
                if (pick == 1) {
                    String jdbcClass = seed.pick(TEXT_CLASSES);
                    yield new TypeChoice(a(JDBC_TYPE).with("value", JDBC_TYPES + jdbcClass + ".class"),
                            !jdbcClass.startsWith("Long"));
                }
                String code = seed.pick(TEXT_CODES);
                yield new TypeChoice(code(code), TEXT_CODES.indexOf(code) < 4);
            }
            case "char", "java.lang.Character", "char[]" -> new TypeChoice(a(NATIONALIZED), true);
            case "byte", "short", "int", "long", "java.lang.Byte", "java.lang.Short", "java.lang.Integer", "java.lang.Long" ->
                    new TypeChoice(code(seed.pick(INTEGER_CODES)), true);
            case "boolean", "java.lang.Boolean" -> new TypeChoice(code(seed.pick(List.of("BIT", "BOOLEAN"))), true);
            case "float", "double", "java.lang.Float", "java.lang.Double" ->
                    new TypeChoice(code(seed.pick(List.of("FLOAT", "DOUBLE", "REAL"))), true);
            case "java.math.BigDecimal" -> new TypeChoice(code(seed.pick(List.of("NUMERIC", "DECIMAL"))), true);
            case "java.util.UUID" -> seed.chance(0.2)
                    ? new TypeChoice(a(JDBC_TYPE).with("value", JDBC_TYPES + "UuidAsBinaryJdbcType.class"), true)
                    : new TypeChoice(code(seed.pick(List.of("CHAR", "VARCHAR", "BINARY", "UUID"))), true);
            case "byte[]" -> {
                String code = seed.pick(List.of("VARBINARY", "LONGVARBINARY", "LONG32VARBINARY", "BLOB"));
                yield new TypeChoice(code(code), code.equals("VARBINARY"));
            }
            case "java.time.Instant" -> new TypeChoice(code(seed.pick(List.of("TIMESTAMP", "TIMESTAMP_WITH_TIMEZONE", "TIMESTAMP_UTC"))), true);
            case "java.time.OffsetDateTime", "java.time.ZonedDateTime" ->
                    new TypeChoice(code(seed.pick(List.of("TIMESTAMP_WITH_TIMEZONE", "TIMESTAMP_UTC"))), true);
            case "java.time.LocalDateTime" -> new TypeChoice(code(seed.pick(List.of("TIMESTAMP", "TIMESTAMP_WITH_TIMEZONE"))), true);
            case "java.net.InetAddress" -> new TypeChoice(code("INET"), true);
            default -> null;
        };
    }

    private static JavaAnnotation code(String name) {
        return a(JDBC_TYPE_CODE).with("value", SQL_TYPES + name);
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

    /**
     * @param unkeyable whether the column is a large object, or of a type no index holds on every server
     */
    private ColumnChoice column(ClassDraft owner, String field, BasicType type, boolean unkeyable, boolean nullableOnly) {
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
        boolean keyable = type.is(BasicType.Trait.KEYABLE) && !unkeyable && length <= 255;
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
            String sizeMax = null;
            if (seed.chance(0.12)) {
                sizeMax = String.valueOf(seed.pick(LENGTHS));
                constraints.add(a(Jpa.SIZE).with("max", sizeMax));
            }
            if (seed.chance(0.06)) {
                constraints.add(a(Jpa.NOT_BLANK));
            }
            boolean sized = sizeMax != null;
            if (seed.chance(0.06) && (!sized || seed.allows(KnownDefect.SIZE_WITH_LENGTH))) {
                // Beside @Size, the same bound: between two different ones Hibernate's pick follows its validator's
                // hash order (docs/deviations-from-hibernate.md, "A length bounded by both @Size and @Length").
                String max = String.valueOf(seed.pick(LENGTHS));
                constraints.add(a(Jpa.LENGTH).with("max", sized ? sizeMax : max));
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
