package io.modeldoc.processor.sql;

import io.modeldoc.processor.model.SqlType;

/** PostgreSQL 15. */
final class PostgreSqlDialect extends BaseDialect {

    /** PostgreSQL's largest {@code varchar}; longer strings become {@code text}, as in Hibernate. */
    private static final int MAX_VARCHAR_LENGTH = 10_485_760;

    @Override
    public boolean usesCatalogs() {
        return false; // a catalog is the database connected to: Hibernate drops @Table(catalog) here
    }

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public int maxIdentifierLength() {
        return 63; // NAMEDATALEN - 1
    }

    @Override
    protected String typeName(SqlType type) {
        return switch (type) {
            case TINYINT -> "smallint"; // PostgreSQL has no one-byte integer
            case FLOAT -> "float4"; // the single-precision spelling Hibernate's PostgreSQLDialect writes
            case BLOB, CLOB -> "oid"; // the JDBC driver's LOB API works only on large objects
            case TIME_UTC -> "time(0)"; // Hibernate normalises offset times to UTC: PostgreSQL's timetz is discouraged
            default -> super.typeName(type);
        };
    }

    @Override
    protected String varcharType(int length) {
        return length > MAX_VARCHAR_LENGTH ? "text" : super.varcharType(length);
    }

    @Override
    protected String varbinaryType(int length) {
        return "bytea"; // PostgreSQL's only binary string type
    }
}
