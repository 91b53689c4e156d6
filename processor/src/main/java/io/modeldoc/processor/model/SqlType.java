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
    /** A truth value as a bit ({@code @JdbcTypeCode(BIT)}): {@link #BOOLEAN} everywhere but on Oracle, without its 0/1 check. */
    BIT,
    /** {@code real} as written ({@code @JdbcTypeCode(REAL)}): single precision, but double on MySQL and MariaDB. */
    REAL,
    /** {@code decimal(precision, scale)} ({@code @JdbcTypeCode(DECIMAL)}). */
    DECIMAL,
    /** {@code char(length)}. */
    CHAR,
    /** {@code varchar(length)}. */
    VARCHAR,
    /** A national (Unicode) {@code nchar(length)} ({@code @Nationalized}, {@code @JdbcTypeCode(NCHAR)}). */
    NCHAR,
    /** A national (Unicode) {@code nvarchar(length)}. */
    NVARCHAR,
    /** A character large object ({@code @Lob String}). */
    CLOB,
    /** A national character large object ({@code @Nationalized @Lob String}). */
    NCLOB,
    /** A JSON document ({@code @JdbcTypeCode(JSON)}). */
    JSON,
    /** An XML document ({@code @JdbcTypeCode(SQLXML)}). */
    XML,
    /** {@code binary(length)}: fixed-length bytes. */
    BINARY,
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
    /**
     * A date and time with its time zone, as written ({@code @JdbcTypeCode(TIMESTAMP_WITH_TIMEZONE)}): like
     * {@link #TIMESTAMP_UTC}, but MySQL's and MariaDB's {@code timestamp}, which they keep in UTC.
     */
    TIMESTAMP_TZ,
    UUID,
    /** An internet address ({@code InetAddress}): PostgreSQL's {@code inet}, 19 bytes elsewhere. */
    INET,
    /** An enum stored by name; {@link Column#enumValues()} holds the constants. */
    ENUM_STRING,
    /** An enum stored by position; {@link Column#enumValues()} holds the constants. */
    ENUM_ORDINAL;

    /** Whether databases cannot index a value of this type (Hibernate keys no set over one). */
    public boolean isLargeObject() {
        return this == CLOB || this == NCLOB || this == BLOB || this == JSON || this == XML;
    }
}
