package io.modeldoc.processor.read;

import io.modeldoc.processor.model.SqlType;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Hibernate's default mapping of basic Java types to neutral SQL types, before hints such as
 * {@code @Lob} and {@code @Enumerated}, which the attribute reader applies.
 */
final class JavaTypes {

    private static final Map<String, SqlType> BY_NAME = Map.ofEntries(
            Map.entry("java.lang.String", SqlType.VARCHAR),
            Map.entry("java.lang.Boolean", SqlType.BOOLEAN),
            Map.entry("java.lang.Byte", SqlType.TINYINT),
            Map.entry("java.lang.Short", SqlType.SMALLINT),
            Map.entry("java.lang.Integer", SqlType.INTEGER),
            Map.entry("java.lang.Long", SqlType.BIGINT),
            Map.entry("java.lang.Float", SqlType.FLOAT),
            Map.entry("java.lang.Double", SqlType.DOUBLE),
            Map.entry("java.lang.Character", SqlType.CHAR),
            Map.entry("java.math.BigDecimal", SqlType.NUMERIC),
            Map.entry("java.math.BigInteger", SqlType.NUMERIC),
            Map.entry("java.time.LocalDate", SqlType.DATE),
            Map.entry("java.time.LocalTime", SqlType.TIME),
            Map.entry("java.time.LocalDateTime", SqlType.TIMESTAMP),
            Map.entry("java.time.Instant", SqlType.TIMESTAMP_UTC),
            Map.entry("java.time.OffsetDateTime", SqlType.TIMESTAMP_UTC),
            Map.entry("java.time.ZonedDateTime", SqlType.TIMESTAMP_UTC),
            Map.entry("java.time.OffsetTime", SqlType.TIME_UTC),
            Map.entry("java.time.Duration", SqlType.NUMERIC),
            Map.entry("java.time.Year", SqlType.INTEGER),
            Map.entry("java.time.ZoneId", SqlType.VARCHAR),
            Map.entry("java.time.ZoneOffset", SqlType.VARCHAR),
            Map.entry("java.sql.Date", SqlType.DATE),
            Map.entry("java.sql.Time", SqlType.TIME),
            Map.entry("java.sql.Timestamp", SqlType.TIMESTAMP),
            // Without @Temporal, Hibernate stores java.util dates as timestamps.
            Map.entry("java.util.Date", SqlType.TIMESTAMP),
            Map.entry("java.util.Calendar", SqlType.TIMESTAMP),
            Map.entry("java.util.GregorianCalendar", SqlType.TIMESTAMP),
            Map.entry("java.util.UUID", SqlType.UUID),
            // Hibernate's basic type registry: values it stores as their text (a code, a tag, a name, an address).
            Map.entry("java.util.Currency", SqlType.VARCHAR),
            Map.entry("java.util.Locale", SqlType.VARCHAR),
            Map.entry("java.util.TimeZone", SqlType.VARCHAR),
            Map.entry("java.net.URL", SqlType.VARCHAR),
            Map.entry("java.net.InetAddress", SqlType.INET),
            Map.entry("java.lang.Class", SqlType.VARCHAR),
            Map.entry("java.sql.Clob", SqlType.CLOB),
            Map.entry("java.sql.NClob", SqlType.CLOB),
            Map.entry("java.sql.Blob", SqlType.BLOB));

    private JavaTypes() {
    }

    /** The neutral type of a basic Java type; {@code null} when the type has no default mapping. */
    static SqlType of(TypeMirror type) {
        TypeKind kind = type.getKind();
        if (kind.isPrimitive()) {
            return switch (kind) {
                case BOOLEAN -> SqlType.BOOLEAN;
                case BYTE -> SqlType.TINYINT;
                case SHORT -> SqlType.SMALLINT;
                case INT -> SqlType.INTEGER;
                case LONG -> SqlType.BIGINT;
                case FLOAT -> SqlType.FLOAT;
                case DOUBLE -> SqlType.DOUBLE;
                case CHAR -> SqlType.CHAR;
                default -> null;
            };
        }
        if (kind == TypeKind.ARRAY) {
            // byte[] is binary, char[] text. Hibernate 7 refuses Byte[] and Character[] unless configured otherwise
            // (hibernate.type.wrapper_array_handling), so those stay unmapped: an error on the attribute.
            TypeKind component = ((ArrayType) type).getComponentType().getKind();
            return component == TypeKind.BYTE ? SqlType.VARBINARY : component == TypeKind.CHAR ? SqlType.VARCHAR : null;
        }
        return kind == TypeKind.DECLARED ? BY_NAME.get(erasedName(type)) : null;
    }

    /**
     * The length a {@code @Column}-like annotation gives, else the type's default. JPA's default, 255, counts as not
     * given even when written, as in Hibernate: {@code @Column(length = 255)} on a {@code LONGVARCHAR} is its long
     * length, on a {@code char} one character.
     */
    static int length(Optional<AnnotationView> column, int typeDefault) {
        return column.filter(c -> c.isExplicit("length") && c.number("length") != JPA_DEFAULT_LENGTH)
                .map(c -> (int) c.number("length")).orElse(typeDefault);
    }

    private static final long JPA_DEFAULT_LENGTH = 255;

    /** Hibernate's default length, precision and scale of a type: {length, precision, scale}. */
    static int[] defaults(TypeMirror type, SqlType sqlType) {
        String name = erasedName(type);
        return switch (sqlType) {
            case VARCHAR, NVARCHAR -> new int[] {switch (name) {
                case "java.time.ZoneOffset" -> 6;
                case "java.util.Currency" -> 3; // ISO 4217 codes
                case "java.util.UUID" -> 36; // its text form, with hyphens
                default -> 255;
            }, 0, 0};
            case CHAR, NCHAR -> new int[] {switch (name) {
                case "char", "java.lang.Character" -> 1;
                case "java.util.UUID" -> 36;
                default -> 255;
            }, 0, 0};
            case BINARY, VARBINARY -> new int[] {name.equals("java.util.UUID") ? 16 : 255, 0, 0};
            case ENUM_STRING -> new int[] {255, 0, 0};
            case NUMERIC, DECIMAL -> switch (name) {
                case "java.math.BigInteger" -> new int[] {0, 38, 0};
                case "java.time.Duration" -> new int[] {0, 21, 0}; // nanoseconds
                // An integer stored as a decimal keeps every digit of its Java type, and no fraction.
                case "long", "java.lang.Long" -> new int[] {0, 19, 0};
                case "int", "java.lang.Integer" -> new int[] {0, 10, 0};
                case "short", "java.lang.Short" -> new int[] {0, 5, 0};
                case "byte", "java.lang.Byte" -> new int[] {0, 3, 0};
                default -> new int[] {0, 38, 2};
            };
            default -> new int[] {0, 0, 0};
        };
    }

    /** The qualified name without type arguments; never {@code toString()}, which includes type-use annotations. */
    static String erasedName(TypeMirror type) {
        TypeElement element = TypeNames.typeElement(type);
        return element == null ? type.toString() : element.getQualifiedName().toString();
    }
}
