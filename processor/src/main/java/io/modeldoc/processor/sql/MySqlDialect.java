package io.modeldoc.processor.sql;

import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.Namespace;
import io.modeldoc.processor.model.Sequence;
import io.modeldoc.processor.model.SqlType;
import java.util.List;
import java.util.Optional;

/** MySQL 8.4 (so column checks are enforced: they are written since 8.0.16). */
sealed class MySqlDialect extends BaseDialect permits MariaDbDialect {

    /** The longest {@code varchar} Hibernate writes for utf8mb4 (65,535 bytes / 4). */
    private static final int MAX_VARCHAR_LENGTH = 16_383;
    private static final int MAX_TEXT_LENGTH = 65_535;
    private static final int MAX_MEDIUM_LENGTH = 16_777_215;
    private static final ReservedWords RESERVED = ReservedWords.load("mysql.txt");

    @Override
    public String name() {
        return "mysql";
    }

    @Override
    public String productName() {
        return "MySQL";
    }

    @Override
    public String liquibaseDbms() {
        return "mysql";
    }

    // ---- Names

    @Override
    public int maxNumericPrecision() {
        return 65; // decimal: up to 65 digits, 30 after the point
    }

    @Override
    public int maxNumericScale() {
        return 30;
    }

    @Override
    public int maxIdentifierLength() {
        return 64;
    }

    @Override
    public int identifierLength(String bare) {
        return bare.codePointCount(0, bare.length()); // the limit counts characters
    }

    @Override
    public boolean isReserved(String word) {
        return RESERVED.contains(word);
    }

    @Override
    public String foldCase(String bare) {
        return bare; // backticks do not make names case-sensitive here: lower_case_table_names decides for both
    }

    @Override
    public String quote(String bare) {
        return '`' + bare.replace("`", "``") + '`'; // MySQL reads double quotes as strings unless ANSI_QUOTES is set
    }

    /** MySQL and MariaDB take no name that ends with a space, quoted or not. */
    @Override
    public Optional<String> refusal(String bare) {
        return bare.endsWith(" ") ? Optional.of("it ends with a space, refused at the end of any name,")
                : Optional.empty();
    }

    @Override
    public boolean usesCatalogs() {
        return true; // a catalog is a database here
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

    // ---- Types

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
    public boolean namesColumnChecks() {
        return false;
    }

    @Override
    public String literal(String text) {
        return SqlText.literal(text, true); // MySQL reads backslash escapes in literals
    }

    // ---- The create script

    @Override
    public String identityClause() {
        return " not null auto_increment"; // MySQL has no standard identity columns
    }

    @Override
    public List<String> createSequence(Sequence sequence) {
        // MySQL has no sequences: Hibernate keeps the next value in a one-row table
        return List.of(
                "create table " + qualified(sequence.namespace(), sequence.name()) + " (next_val bigint)" + tableSuffix(""),
                "insert into " + qualified(sequence.namespace(), sequence.name()) + " ( next_val ) values ( " + sequence.initialValue() + " )");
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

    @Override
    public String indexName(Namespace tableNamespace, String name) {
        return identifier(name); // an index belongs to its table
    }

    // ---- Behaviour

    @Override
    public boolean indexesForeignKeys() {
        return true; // InnoDB creates an index for a foreign key that no index serves
    }

    @Override
    public String indexMaintenance() {
        return GENERIC_INDEX_MAINTENANCE;
    }

    // ---- Changes: modify column restates the whole column, comment included

    @Override
    public boolean fillsAddedNotNullColumns() {
        return true;
    }

    @Override
    public boolean transactionalDdl() {
        return false; // every DDL statement commits
    }

    @Override
    public boolean foreignKeysOwnIndexes() {
        return true; // see indexesForeignKeys: the index outlives the key
    }

    @Override
    public boolean checksTravelWithColumn() {
        return false; // MySQL keeps column checks as table constraints, numbered per table
    }

    @Override
    public String renameTable(Namespace namespace, String from, String to) {
        // both qualified: a bare new name would move the table into the connection's database
        return "rename table " + qualified(namespace, from) + " to " + qualified(namespace, to);
    }

    @Override
    public String renameColumn(String table, String from, String to) {
        return alterTable(table) + " rename column " + identifier(from) + " to " + identifier(to);
    }

    @Override
    public String addColumn(String table, String definition) {
        return alterTable(table) + " add column " + definition;
    }

    @Override
    public String dropColumn(String table, String column) {
        return alterTable(table) + " drop column " + identifier(column);
    }

    @Override
    public String dropTable(String table) {
        return "drop table if exists " + table;
    }

    @Override
    public String dropForeignKey(String table, String name) {
        return alterTable(table) + " drop foreign key " + identifier(name);
    }

    @Override
    public String dropUniqueKey(String table, String name, List<String> nullableColumns) {
        return alterTable(table) + " drop index " + identifier(name); // a unique key is an index here
    }

    @Override
    public String dropIndex(String table, Namespace namespace, String name) {
        return "drop index " + identifier(name) + " on " + table;
    }

    @Override
    public List<String> dropSequence(Sequence sequence) {
        return List.of("drop table if exists " + qualified(sequence.namespace(), sequence.name())); // see createSequence
    }

    @Override
    public List<String> alterSequence(Sequence sequence) {
        return List.of(); // a sequence table holds only the next value; the increment lives in the application
    }

    @Override
    public List<String> alterColumn(String table, Column to, boolean type, boolean nullability, boolean comment) {
        StringBuilder sql = new StringBuilder(alterTable(table)).append(" modify column ")
                .append(identifier(to.name())).append(' ').append(typeOf(to));
        if (to.identity()) {
            sql.append(identityClause());
        } else if (!to.nullable()) {
            sql.append(" not null");
        }
        if (!to.comment().isEmpty()) {
            sql.append(" comment ").append(literal(to.comment()));
        }
        List<String> conditions = checkConditions(to);
        if (checksTravelWithColumn() && !conditions.isEmpty()) {
            sql.append(" check (").append(String.join(" and ", conditions)).append(')');
        }
        return List.of(sql.toString());
    }

    @Override
    public String columnCheckName(String table, String column) {
        return ""; // MySQL numbers column checks per table
    }

    @Override
    public String dropColumnCheck(String table, String name) {
        return alterTable(table) + " drop check " + identifier(name);
    }

    @Override
    public String tableComment(Namespace namespace, String table, String comment) {
        return "alter table " + qualified(namespace, table) + " comment=" + literal(comment);
    }

    @Override
    public String columnComment(Namespace namespace, String table, Column column) {
        throw new UnsupportedOperationException("MySQL comments travel with modify column");
    }
}
