package io.modeldoc.processor.model;

/**
 * Dialect-neutral column types, after Hibernate's type codes: a Java type and its JPA hints map
 * to one of these, and each dialect turns it into its own type name.
 */
public enum SqlType {
    BOOLEAN,
    TINYINT,
    SMALLINT,
    INTEGER,
    BIGINT,
    /** {@code numeric(precision, scale)}. */
    NUMERIC,
    /** Single precision: {@code float(24)}. */
    FLOAT,
    /** Double precision: {@code float(53)}. */
    DOUBLE,
    /** {@code char(length)}. */
    CHAR,
    /** {@code varchar(length)}. */
    VARCHAR,
    /** A character large object ({@code @Lob String}). */
    CLOB,
    /** {@code varbinary(length)}. */
    VARBINARY,
    /** A binary large object ({@code @Lob byte[]}). */
    BLOB,
    DATE,
    TIME,
    /** A time of day with an offset ({@code OffsetTime}). */
    TIME_UTC,
    /** Local date and time, microseconds. */
    TIMESTAMP,
    /** An instant: date and time with a time zone or normalised to UTC. */
    TIMESTAMP_UTC,
    UUID,
    /** An enum stored by name; {@link Column#enumValues()} holds the constants. */
    ENUM_STRING,
    /** An enum stored by position; {@link Column#enumValues()} holds the constants. */
    ENUM_ORDINAL
}
