package io.modeldoc.processor.sql;

import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.SqlType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The ANSI spelling of the neutral {@link SqlType}s, after Hibernate ORM's generic {@code Dialect}, which
 * each database overrides only where it differs. Every other question of {@link Dialect} is left to the
 * database's own class, so that a new one must answer each.
 */
abstract sealed class BaseDialect implements Dialect permits PostgreSqlDialect, MySqlDialect, H2Dialect, OracleDialect, SqlServerDialect {

    /** Hibernate's default length of character and binary columns. */
    static final int DEFAULT_LENGTH = 255;
    /** Hibernate's default precision and scale of {@code BigDecimal} columns. */
    static final int DEFAULT_PRECISION = 38;
    static final int DEFAULT_SCALE = 2;
    /** Ordinal enums with more constants than a signed byte can number need a wider column. */
    static final int MAX_TINYINT_CONSTANTS = 128;
    /** Hibernate's size of an internet address where the database has no type for one. */
    static final int INET_LENGTH = 19;
    /** Index upkeep in words that hold for any database, where none more precise is known. */
    static final String GENERIC_INDEX_MAINTENANCE =
            "refresh statistics after bulk loads, rebuild bloated indexes, and drop an index no query uses";

    @Override
    public String columnType(Column column) {
        return switch (column.type()) {
            case VARCHAR -> varcharType(length(column));
            case CHAR -> charType(length(column));
            case NVARCHAR -> nvarcharType(length(column));
            case NCHAR -> ncharType(length(column));
            case VARBINARY -> varbinaryType(length(column));
            case BINARY -> binaryType(length(column));
            case NUMERIC -> column.precision() > 0
                    ? numericType(column.precision(), column.scale())
                    : numericType(DEFAULT_PRECISION, DEFAULT_SCALE);
            case DECIMAL -> column.precision() > 0
                    ? decimalType(column.precision(), column.scale())
                    : decimalType(DEFAULT_PRECISION, DEFAULT_SCALE);
            case ENUM_STRING -> nativeEnums() && !column.enumValues().isEmpty() ? nativeEnumType(column)
                    : oneCharacter(column) ? charType(1) : varcharType(length(column));
            case ENUM_ORDINAL -> typeName(column.enumValues().size() > MAX_TINYINT_CONSTANTS ? SqlType.SMALLINT : SqlType.TINYINT);
            default -> typeName(column.type());
        };
    }

    /** The type of the neutral types whose spelling has no length, precision or scale. */
    protected String typeName(SqlType type) {
        return switch (type) {
            case BOOLEAN -> "boolean";
            case BIT -> typeName(SqlType.BOOLEAN); // a bit where there is no boolean, else the boolean itself
            case TINYINT -> "tinyint";
            case SMALLINT -> "smallint";
            case INTEGER -> "integer";
            case BIGINT -> "bigint";
            case FLOAT -> "float(24)";
            case DOUBLE -> "float(53)";
            case REAL -> "real";
            case CLOB -> "clob";
            // Where the database has no national character types, the ordinary ones hold Unicode already.
            case NCLOB -> typeName(SqlType.CLOB);
            case JSON -> "json";
            case XML -> typeName(SqlType.CLOB); // the document as text where the database has no xml type
            case BLOB -> "blob";
            case DATE -> "date";
            // Hibernate gives LocalTime a precision of 0: times rarely carry fractions of a second.
            case TIME -> "time(0)";
            case TIME_UTC -> "time(0) with time zone";
            case TIMESTAMP -> "timestamp(6)";
            case TIMESTAMP_UTC -> "timestamp(6) with time zone";
            case TIMESTAMP_TZ -> typeName(SqlType.TIMESTAMP_UTC);
            case UUID -> "uuid";
            case INET -> varbinaryType(INET_LENGTH); // an IPv6 address and its prefix length, as bytes
            default -> throw new IllegalArgumentException("no fixed type name for " + type);
        };
    }

    protected String varcharType(int length) {
        return "varchar(" + length + ")";
    }

    protected String charType(int length) {
        return "char(" + length + ")";
    }

    protected String varbinaryType(int length) {
        return "varbinary(" + length + ")";
    }

    /** National characters: the ordinary type where the database's character types hold Unicode. */
    protected String nvarcharType(int length) {
        return varcharType(length);
    }

    protected String ncharType(int length) {
        return charType(length);
    }

    protected String binaryType(int length) {
        return "binary(" + length + ")";
    }

    protected String numericType(int precision, int scale) {
        return "numeric(" + precision + "," + scale + ")";
    }

    protected String decimalType(int precision, int scale) {
        return "decimal(" + precision + "," + scale + ")";
    }

    /** Whether enums stored by name get the database's own {@code enum (...)} type instead of a check. */
    protected boolean nativeEnums() {
        return false;
    }

    /** {@code enum ('A','B')}, constants sorted, as Hibernate writes them. */
    protected final String nativeEnumType(Column column) {
        return "enum (" + column.enumValues().stream().sorted().map(this::literal).collect(Collectors.joining(",")) + ")";
    }

    @Override
    public List<String> typeChecks(Column column) {
        List<String> values = column.enumValues();
        if (values.isEmpty()) {
            return List.of();
        }
        if (column.type() == SqlType.ENUM_STRING && !nativeEnums()) {
            return List.of(identifier(column.name()) + " in (" + values.stream().map(this::literal).collect(Collectors.joining(",")) + ")");
        }
        if (column.type() == SqlType.ENUM_ORDINAL) {
            return List.of(identifier(column.name()) + " between 0 and " + (values.size() - 1));
        }
        return List.of();
    }

    /**
     * A STRING enum of length 1 ({@code @Column(length = 1)}): where the database has no enum type of its own,
     * Hibernate stores it as {@code char(1)}, with the constants' check.
     */
    private static boolean oneCharacter(Column column) {
        return column.type() == SqlType.ENUM_STRING && column.length() == 1;
    }

    @Override
    public String toString() {
        return name();
    }

    private static int length(Column column) {
        return column.length() > 0 ? column.length() : DEFAULT_LENGTH;
    }

    // The standard SQL forms; a database that spells one otherwise (MySQL's drop foreign key) overrides it.

    @Override
    public String dropForeignKey(String table, String name) {
        return alterTable(table) + " drop constraint " + identifier(name);
    }

    @Override
    public String dropCheck(String table, String name) {
        return alterTable(table) + " drop constraint " + identifier(name);
    }

    @Override
    public String addCheck(String table, String name, String condition) {
        return alterTable(table) + " add constraint " + identifier(name) + " check (" + condition + ")";
    }
}
