package io.modeldoc.processor.read;

import io.modeldoc.processor.model.SqlType;
import java.util.Map;
import java.util.Optional;

/**
 * Hibernate's own type annotations, read by name: {@code @JdbcTypeCode(SqlTypes.X)}, {@code @JdbcType(XJdbcType.class)}
 * and {@code @Nationalized}. Each turns the Java type's default column type into the one Hibernate 7.4 writes; the
 * codes are {@code java.sql.Types}' and Hibernate's {@code SqlTypes}' values, compared as numbers since the processor
 * depends on neither.
 */
final class HibernateTypes {

    /** Hibernate's {@code Length.LONG}: the length of the "long" types ({@code LONGVARCHAR}...) when none is given. */
    static final int LONG_LENGTH = 32_600;
    /** Hibernate's {@code Length.LONG32}: the longest a column can be, a large object where the database needs one. */
    static final int LONG32_LENGTH = Integer.MAX_VALUE;

    /**
     * A JDBC type a mapping asks for: the neutral type, and its length when the mapping gives none (0: the type's own).
     * A {@code LONG32} type is the database's largest whatever length the mapping or validation gives.
     */
    record Requested(SqlType type, int defaultLength) {

        boolean largest() {
            return defaultLength == LONG32_LENGTH;
        }
    }

    private static final Map<Integer, Requested> BY_CODE = Map.ofEntries(
            Map.entry(-7, plain(SqlType.BIT)),
            Map.entry(16, plain(SqlType.BOOLEAN)),
            Map.entry(-6, plain(SqlType.TINYINT)),
            Map.entry(5, plain(SqlType.SMALLINT)),
            Map.entry(4, plain(SqlType.INTEGER)),
            Map.entry(-5, plain(SqlType.BIGINT)),
            // FLOAT and DOUBLE both mean float(p), its precision the Java type's: single for a float, else double.
            Map.entry(6, plain(SqlType.DOUBLE)),
            Map.entry(8, plain(SqlType.DOUBLE)),
            Map.entry(7, plain(SqlType.REAL)),
            Map.entry(2, plain(SqlType.NUMERIC)),
            Map.entry(3, plain(SqlType.DECIMAL)),
            Map.entry(1, plain(SqlType.CHAR)),
            Map.entry(12, plain(SqlType.VARCHAR)),
            Map.entry(-1, new Requested(SqlType.VARCHAR, LONG_LENGTH)), // LONGVARCHAR
            Map.entry(4001, new Requested(SqlType.VARCHAR, LONG32_LENGTH)), // LONG32VARCHAR
            Map.entry(-15, plain(SqlType.NCHAR)),
            Map.entry(-9, plain(SqlType.NVARCHAR)),
            Map.entry(-16, new Requested(SqlType.NVARCHAR, LONG_LENGTH)), // LONGNVARCHAR
            Map.entry(4002, new Requested(SqlType.NVARCHAR, LONG32_LENGTH)), // LONG32NVARCHAR
            Map.entry(-2, plain(SqlType.BINARY)),
            Map.entry(-3, plain(SqlType.VARBINARY)),
            Map.entry(-4, new Requested(SqlType.VARBINARY, LONG_LENGTH)), // LONGVARBINARY
            Map.entry(4003, new Requested(SqlType.VARBINARY, LONG32_LENGTH)), // LONG32VARBINARY
            Map.entry(2005, plain(SqlType.CLOB)),
            Map.entry(3005, plain(SqlType.CLOB)), // MATERIALIZED_CLOB
            Map.entry(2011, plain(SqlType.NCLOB)),
            Map.entry(3006, plain(SqlType.NCLOB)), // MATERIALIZED_NCLOB
            Map.entry(2004, plain(SqlType.BLOB)),
            Map.entry(3004, plain(SqlType.BLOB)), // MATERIALIZED_BLOB
            Map.entry(91, plain(SqlType.DATE)),
            Map.entry(92, plain(SqlType.TIME)),
            Map.entry(93, plain(SqlType.TIMESTAMP)),
            Map.entry(3003, plain(SqlType.TIMESTAMP_UTC)),
            Map.entry(2014, plain(SqlType.TIMESTAMP_TZ)), // TIMESTAMP_WITH_TIMEZONE
            Map.entry(3000, plain(SqlType.UUID)),
            Map.entry(3001, plain(SqlType.JSON)),
            Map.entry(2009, plain(SqlType.XML)), // SQLXML
            Map.entry(3002, plain(SqlType.INET)));

    /** {@code @JdbcType}'s classes (in {@code org.hibernate.type.descriptor.jdbc}) by simple name, as the code each writes. */
    private static final Map<String, Integer> CODE_OF_CLASS = Map.ofEntries(
            Map.entry("BooleanJdbcType", 16),
            Map.entry("TinyIntJdbcType", -6),
            Map.entry("SmallIntJdbcType", 5),
            Map.entry("IntegerJdbcType", 4),
            Map.entry("BigIntJdbcType", -5),
            Map.entry("FloatJdbcType", 6),
            Map.entry("DoubleJdbcType", 8),
            Map.entry("RealJdbcType", 7),
            Map.entry("NumericJdbcType", 2),
            Map.entry("DecimalJdbcType", 3),
            Map.entry("CharJdbcType", 1),
            Map.entry("VarcharJdbcType", 12),
            Map.entry("LongVarcharJdbcType", -1),
            Map.entry("NCharJdbcType", -15),
            Map.entry("NVarcharJdbcType", -9),
            Map.entry("LongNVarcharJdbcType", -16),
            Map.entry("BinaryJdbcType", -2),
            Map.entry("VarbinaryJdbcType", -3),
            Map.entry("LongVarbinaryJdbcType", -4),
            Map.entry("UuidAsBinaryJdbcType", -2),
            Map.entry("UUIDJdbcType", 3000),
            Map.entry("DateJdbcType", 91),
            Map.entry("TimeJdbcType", 92),
            Map.entry("TimestampJdbcType", 93),
            Map.entry("TimestampWithTimeZoneJdbcType", 2014));

    private static final String JDBC_TYPES_PACKAGE = "org.hibernate.type.descriptor.jdbc.";

    private HibernateTypes() {
    }

    private static Requested plain(SqlType type) {
        return new Requested(type, 0);
    }

    /** The type a {@code @JdbcTypeCode} value asks for; empty for a code ModelDoc does not map. */
    static Optional<Requested> ofCode(int code, SqlType javaDefault) {
        Requested requested = BY_CODE.get(code);
        if (requested == null) {
            return Optional.empty();
        }
        // float(p) takes the Java type's precision: a float or Float stays single precision.
        if ((code == 6 || code == 8) && javaDefault == SqlType.FLOAT) {
            return Optional.of(plain(SqlType.FLOAT));
        }
        return Optional.of(requested);
    }

    /** The code a {@code @JdbcType} class writes, by its qualified name; empty for a class ModelDoc does not know. */
    static Optional<Integer> codeOfClass(String qualifiedName) {
        return qualifiedName.startsWith(JDBC_TYPES_PACKAGE)
                ? Optional.ofNullable(CODE_OF_CLASS.get(qualifiedName.substring(JDBC_TYPES_PACKAGE.length())))
                : Optional.empty();
    }

    /** {@code @Nationalized}: the national form of a character type; other types as they are. */
    static SqlType nationalized(SqlType type) {
        return switch (type) {
            case CHAR -> SqlType.NCHAR;
            case VARCHAR -> SqlType.NVARCHAR;
            case CLOB -> SqlType.NCLOB;
            default -> type;
        };
    }
}
