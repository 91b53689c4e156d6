package io.modeldoc.processor.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A Java type Hibernate maps as a basic value, and which column elements and annotations make sense on it.
 *
 * @param javaType the type in source form ({@code int}, {@code java.math.BigDecimal}, {@code byte[]})
 * @param sizing   which {@code @Column} size elements apply
 * @param traits   what else the type allows
 * @param requires the pattern switch the type needs, or {@code null} when main maps it today
 */
record BasicType(String javaType, Sizing sizing, Set<Trait> traits, KnownDefect requires) {

    /** The {@code @Column} elements that size the type. */
    enum Sizing { NONE, LENGTH, PRECISION }

    enum Trait {
        /** A primitive: never null unless mapped with {@code @Column}. */
        PRIMITIVE,
        /** {@code @Lob} applies. */
        LOB,
        /** {@code @Temporal} applies (and is optional). */
        TEMPORAL,
        /** {@code @Min}/{@code @Max} apply. */
        INTEGRAL,
        /** {@code @Size}, {@code @NotBlank}, {@code @Length} apply. */
        TEXT,
        /** Can be a key column (id, map key, unique) on every server. */
        KEYABLE
    }

    static final List<BasicType> ALL = catalogue();

    boolean is(Trait trait) {
        return traits.contains(trait);
    }

    private static List<BasicType> catalogue() {
        List<BasicType> all = new ArrayList<>();
        all.add(new BasicType("java.lang.String", Sizing.LENGTH, Set.of(Trait.LOB, Trait.TEXT, Trait.KEYABLE), null));
        for (String[] pair : new String[][] {{"boolean", "java.lang.Boolean"}, {"byte", "java.lang.Byte"},
                {"short", "java.lang.Short"}, {"int", "java.lang.Integer"}, {"long", "java.lang.Long"},
                {"float", "java.lang.Float"}, {"double", "java.lang.Double"}, {"char", "java.lang.Character"}}) {
            boolean integral = List.of("byte", "short", "int", "long").contains(pair[0]);
            Set<Trait> wrapper = integral ? Set.of(Trait.INTEGRAL, Trait.KEYABLE) : Set.of();
            Set<Trait> primitive = integral ? Set.of(Trait.PRIMITIVE, Trait.INTEGRAL, Trait.KEYABLE) : Set.of(Trait.PRIMITIVE);
            all.add(new BasicType(pair[0], Sizing.NONE, primitive, null));
            all.add(new BasicType(pair[1], Sizing.NONE, wrapper, null));
        }
        all.add(new BasicType("java.math.BigDecimal", Sizing.PRECISION, Set.of(Trait.KEYABLE), null));
        all.add(new BasicType("java.math.BigInteger", Sizing.NONE, Set.of(Trait.INTEGRAL, Trait.KEYABLE), null));
        for (String time : List.of("LocalDate", "LocalTime", "LocalDateTime", "Instant", "OffsetDateTime", "ZonedDateTime",
                "OffsetTime", "Duration", "Year", "ZoneId", "ZoneOffset")) {
            all.add(new BasicType("java.time." + time, Sizing.NONE, Set.of(Trait.KEYABLE), null));
        }
        for (String sql : List.of("Date", "Time", "Timestamp")) {
            all.add(new BasicType("java.sql." + sql, Sizing.NONE, Set.of(Trait.KEYABLE), null));
        }
        all.add(new BasicType("java.util.Date", Sizing.NONE, Set.of(Trait.TEMPORAL, Trait.KEYABLE), null));
        all.add(new BasicType("java.util.Calendar", Sizing.NONE, Set.of(Trait.TEMPORAL), null));
        all.add(new BasicType("java.util.UUID", Sizing.NONE, Set.of(Trait.KEYABLE), null));
        all.add(new BasicType("byte[]", Sizing.LENGTH, Set.of(Trait.LOB), null));
        // Hibernate's registry beyond the table main started with (issue 12, item 5).
        KnownDefect more = KnownDefect.MORE_BASIC_TYPES;
        for (String type : List.of("java.util.Currency", "java.util.Locale", "java.util.TimeZone", "java.net.URL",
                "java.lang.Class<?>")) {
            all.add(new BasicType(type, Sizing.NONE, Set.of(), more));
        }
        all.add(new BasicType("char[]", Sizing.LENGTH, Set.of(Trait.LOB), more));
        // Not Character[] nor Byte[]: Hibernate 7 refuses them by default (hibernate.type.wrapper_array_handling).
        all.add(new BasicType("java.sql.Clob", Sizing.NONE, Set.of(), more));
        all.add(new BasicType("java.sql.Blob", Sizing.NONE, Set.of(), more));
        // Mapped by Hibernate as an INET value: PostgreSQL's inet, bytes elsewhere (issue 12, item 9).
        all.add(new BasicType("java.net.InetAddress", Sizing.NONE, Set.of(), KnownDefect.HIBERNATE_TYPE_ANNOTATIONS));
        return List.copyOf(all);
    }
}
