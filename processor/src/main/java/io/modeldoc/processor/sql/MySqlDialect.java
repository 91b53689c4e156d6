package io.modeldoc.processor.sql;

import io.modeldoc.processor.model.Namespace;
import io.modeldoc.processor.model.Sequence;
import io.modeldoc.processor.model.SqlType;
import java.util.List;

/** MySQL 8.4 (so column checks are enforced: they are written since 8.0.16). */
class MySqlDialect extends BaseDialect {

    /** The longest {@code varchar} Hibernate writes for utf8mb4 (65,535 bytes / 4). */
    private static final int MAX_VARCHAR_LENGTH = 16_383;
    private static final int MAX_TEXT_LENGTH = 65_535;
    private static final int MAX_MEDIUM_LENGTH = 16_777_215;

    @Override
    public String name() {
        return "mysql";
    }

    @Override
    public int maxIdentifierLength() {
        return 64;
    }

    @Override
    protected String typeName(SqlType type) {
        return switch (type) {
            case BOOLEAN -> "bit"; // Hibernate avoids tinyint(1), which JDBC metadata reports as BIT anyway
            case FLOAT -> "float(23)"; // the single-precision spelling Hibernate's MySQLDialect writes
            case CLOB -> "longtext"; // MySQL has no clob
            case BLOB -> "longblob"; // MySQL has no blob of unbounded size
            case TIMESTAMP, TIMESTAMP_UTC -> "datetime(6)"; // MySQL's timestamp ends in 2038
            case TIME_UTC -> "time(0)"; // MySQL has no time with a time zone
            case UUID -> "binary(16)"; // MySQL has no uuid type
            default -> super.typeName(type);
        };
    }

    @Override
    protected String varcharType(int length) {
        if (length <= MAX_VARCHAR_LENGTH) {
            return super.varcharType(length);
        }
        // Rows are limited to 65,535 bytes, so longer strings move to the text types
        return length <= MAX_TEXT_LENGTH ? "text" : length <= MAX_MEDIUM_LENGTH ? "mediumtext" : "longtext";
    }

    @Override
    protected String charType(int length) {
        return varcharType(length); // Hibernate avoids char, whose trailing spaces MySQL strips
    }

    @Override
    protected String varbinaryType(int length) {
        if (length <= MAX_TEXT_LENGTH) {
            return super.varbinaryType(length);
        }
        return length <= MAX_MEDIUM_LENGTH ? "mediumblob" : "longblob"; // the row size limit again
    }

    @Override
    protected String numericType(int precision, int scale) {
        return "decimal(" + precision + "," + scale + ")"; // the name MySQL reports back
    }

    @Override
    protected boolean nativeEnums() {
        return true; // Hibernate's MySQLDialect uses MySQL's enum type
    }

    @Override
    public String identityClause() {
        return " not null auto_increment"; // MySQL has no standard identity columns
    }

    @Override
    public String quote(String bare) {
        return '`' + bare.replace("`", "``") + '`'; // MySQL reads double quotes as strings unless ANSI_QUOTES is set
    }

    @Override
    public String literal(String text) {
        return SqlText.literal(text, true); // MySQL reads backslash escapes in literals
    }

    @Override
    public List<String> createSequence(Sequence sequence) {
        // MySQL has no sequences: Hibernate keeps the next value in a one-row table
        return List.of(
                "create table " + qualified(sequence.namespace(), sequence.name()) + " (next_val bigint)" + tableSuffix(""),
                "insert into " + qualified(sequence.namespace(), sequence.name()) + " ( next_val ) values ( " + sequence.initialValue() + " )");
    }

    @Override
    public boolean usesSchemas() {
        return false; // MySQL has no schemas inside a database: Hibernate drops @Table(schema) here
    }

    @Override
    public List<String> createNamespace(Namespace namespace) {
        // A catalog is a database here; Hibernate writes none, a fresh server needs it.
        return namespace.catalog().isEmpty()
                ? List.of()
                : List.of("create database if not exists " + identifier(namespace.catalog()));
    }

    @Override
    public boolean sequencesAreTables() {
        return true; // see createSequence
    }

    @Override
    public boolean uniqueKeysInCreateTable() {
        return false; // Hibernate adds them with alter table on MySQL
    }

    @Override
    public String alterTable(String table) {
        return "alter table " + table; // MySQL has no alter table if exists
    }

    @Override
    public boolean foreignKeyListsReferencedColumns() {
        return true; // MySQL requires the referenced column list
    }

    @Override
    public boolean inlineComments() {
        return true; // MySQL has no comment on statement
    }

    @Override
    public String tableSuffix(String tableComment) {
        String comment = tableComment.isEmpty() ? "" : " comment=" + literal(tableComment);
        return comment + " engine=InnoDB"; // InnoDB: the engine with foreign keys and transactions
    }
}
