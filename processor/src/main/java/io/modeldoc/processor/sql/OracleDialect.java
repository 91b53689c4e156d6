package io.modeldoc.processor.sql;

import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.Namespace;
import io.modeldoc.processor.model.Sequence;
import io.modeldoc.processor.model.SqlType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;

/**
 * Oracle Database 19c, as Hibernate ORM's OracleDialect writes for version 19: numbers for integers and booleans
 * (a boolean gets a check), {@code varchar2(n char)}, no {@code if exists}, non-transactional DDL. The boolean type,
 * {@code if exists} and the other syntax of 23ai are not used: 19c is the long-term release.
 */
final class OracleDialect extends BaseDialect {

    /** The longest {@code varchar2} and {@code raw} without MAX_STRING_SIZE=EXTENDED; longer ones become LOBs, as in Hibernate. */
    private static final int MAX_VARCHAR_LENGTH = 4000;
    private static final int MAX_RAW_LENGTH = 2000;
    private static final ReservedWords RESERVED = ReservedWords.load("oracle.txt");

    @Override
    public String name() {
        return "oracle";
    }

    @Override
    public String productName() {
        return "Oracle";
    }

    @Override
    public String liquibaseDbms() {
        return "oracle";
    }

    // ---- Names

    @Override
    public int maxNumericPrecision() {
        return 38; // number: up to 38 significant digits; the scale may reach 127
    }

    @Override
    public int maxNumericScale() {
        return 127;
    }

    @Override
    public int maxIdentifierLength() {
        return 128; // since 12.2; 30 before
    }

    @Override
    public int identifierLength(String bare) {
        return bare.getBytes(StandardCharsets.UTF_8).length; // the limit counts bytes of the database character set
    }

    @Override
    public boolean isReserved(String word) {
        return RESERVED.contains(word);
    }

    @Override
    public String foldCase(String bare) {
        return bare.toUpperCase(Locale.ROOT); // Oracle folds bare names to capitals
    }

    @Override
    public boolean needsQuotes(String bare) {
        // a bare name must start with a letter here: Oracle refuses _name unquoted
        return super.needsQuotes(bare) || bare.startsWith("_");
    }

    @Override
    public String quote(String bare) {
        return '"' + bare.replace("\"", "\"\"") + '"';
    }

    /** Oracle takes no double quote in a name, not even doubled inside a quoted one. */
    @Override
    public Optional<String> refusal(String bare) {
        int at = bare.indexOf('"');
        return at < 0 ? Optional.empty()
                : Optional.of("it contains '\"' at position " + (at + 1) + ", refused in any name, quoted or not,");
    }

    @Override
    public boolean usesCatalogs() {
        return false; // Oracle has no catalogs: Hibernate's catalog.schema.table would be refused (a listed deviation)
    }

    @Override
    public boolean usesSchemas() {
        return true;
    }

    @Override
    public List<String> createNamespace(Namespace namespace) {
        // A schema is a user here, created with a password and privileges by an administrator, not by a script.
        return List.of();
    }

    // ---- Types

    @Override
    protected String typeName(SqlType type) {
        return switch (type) {
            case BOOLEAN -> "number(1,0)"; // no boolean before 23ai; typeChecks adds the 0/1 check
            case TINYINT -> "number(3,0)";
            case SMALLINT -> "number(5,0)";
            case INTEGER -> "number(10,0)";
            case BIGINT -> "number(19,0)";
            case FLOAT -> "binary_float"; // Hibernate's default (hibernate.dialect.oracle.use_binary_floats)
            case DOUBLE -> "binary_double";
            case TIME -> "timestamp(0)"; // Oracle has no time of day
            case TIME_UTC -> "timestamp(0) with time zone";
            case TIMESTAMP -> "timestamp(9)"; // Oracle's default precision, which Hibernate keeps
            case TIMESTAMP_UTC -> "timestamp(9) with time zone";
            case UUID -> "raw(16)";
            default -> super.typeName(type);
        };
    }

    @Override
    protected String varcharType(int length) {
        // char semantics: the length counts characters, not bytes of the character set
        return length > MAX_VARCHAR_LENGTH ? "clob" : "varchar2(" + length + " char)";
    }

    @Override
    protected String varbinaryType(int length) {
        return length > MAX_RAW_LENGTH ? "blob" : "raw(" + length + ")";
    }

    @Override
    protected String numericType(int precision, int scale) {
        return "number(" + precision + "," + scale + ")";
    }

    @Override
    public List<String> typeChecks(Column column) {
        if (column.type() == SqlType.BOOLEAN && column.definition().isEmpty()) {
            return List.of(identifier(column.name()) + " in (0,1)"); // number(1,0) holds any digit
        }
        return super.typeChecks(column);
    }

    @Override
    public boolean namesColumnChecks() {
        return false;
    }

    @Override
    public String literal(String text) {
        return SqlText.literal(text, false); // a backslash is itself
    }

    // ---- The create script

    @Override
    public String identityClause() {
        return " generated by default as identity"; // an identity column is not null by itself
    }

    @Override
    public List<String> createSequence(Sequence sequence) {
        return List.of("create sequence " + qualified(sequence.namespace(), sequence.name())
                + " start with " + sequence.initialValue() + " increment by " + sequence.allocationSize());
    }

    @Override
    public boolean sequencesAreTables() {
        return false;
    }

    @Override
    public boolean uniqueKeysInCreateTable() {
        return true; // Hibernate's CreateTableUniqueDelegate
    }

    @Override
    public String alterTable(String table) {
        return "alter table " + table; // if exists only from 23ai
    }

    @Override
    public boolean foreignKeyListsReferencedColumns() {
        return false; // a key references the primary key when it names no columns
    }

    @Override
    public boolean inlineComments() {
        return false; // comment on statements
    }

    @Override
    public String tableSuffix(String tableComment) {
        return "";
    }

    @Override
    public String indexName(Namespace tableNamespace, String name) {
        // An index is a schema object; Hibernate names the table's schema, or the index would land in the user's.
        return qualified(tableNamespace, name);
    }

    // ---- Behaviour

    @Override
    public boolean indexesForeignKeys() {
        return false; // Oracle indexes only primary and unique keys
    }

    @Override
    public String indexMaintenance() {
        return "`DBMS_STATS.GATHER_TABLE_STATS` after bulk loads, `ALTER INDEX ... REBUILD ONLINE` for fragmented "
                + "indexes, and drop an index that `DBA_INDEX_USAGE` shows unused";
    }

    // ---- Changes

    @Override
    public boolean dateKeepsTimeOfDay() {
        return true;
    }

    @Override
    public String characterLength(String expression) {
        return "length(" + expression + ")"; // Oracle has no char_length
    }

    @Override
    public boolean transactionalDdl() {
        return false; // every DDL statement commits before and after it runs
    }

    @Override
    public boolean foreignKeysOwnIndexes() {
        return false;
    }

    @Override
    public boolean checksTravelWithColumn() {
        return false;
    }

    @Override
    public String renameTable(Namespace namespace, String from, String to) {
        // the new name of rename to is bare here: the table stays in its schema
        return "alter table " + qualified(namespace, from) + " rename to " + identifier(to);
    }

    @Override
    public String renameColumn(String table, String from, String to) {
        return alterTable(table) + " rename column " + identifier(from) + " to " + identifier(to);
    }

    @Override
    public String addColumn(String table, String definition) {
        return alterTable(table) + " add " + definition; // Oracle has no add column
    }

    @Override
    public String dropColumn(String table, String column) {
        return alterTable(table) + " drop column " + identifier(column);
    }

    @Override
    public String dropTable(String table) {
        return "drop table " + table; // no if exists before 23ai; no cascade constraints, which would drop others' keys
    }

    @Override
    public String dropUniqueKey(String table, String name, List<String> nullableColumns) {
        return alterTable(table) + " drop constraint " + identifier(name);
    }

    @Override
    public String dropIndex(String table, Namespace namespace, String name) {
        return "drop index " + qualified(namespace, name);
    }

    @Override
    public List<String> dropSequence(Sequence sequence) {
        return List.of("drop sequence " + qualified(sequence.namespace(), sequence.name()));
    }

    @Override
    public List<String> alterSequence(Sequence sequence) {
        return List.of("alter sequence " + qualified(sequence.namespace(), sequence.name()) + " increment by "
                + sequence.allocationSize());
    }

    @Override
    public List<String> alterColumn(String table, Column to, boolean type, boolean nullability, boolean comment) {
        List<String> sql = new ArrayList<>();
        String column = identifier(to.name());
        if (type) {
            sql.add(alterTable(table) + " modify " + column + " " + typeOf(to));
        }
        if (nullability) {
            // apart from the type: modify ... not null on a column that is already not null is an error here
            sql.add(alterTable(table) + " modify " + column + (to.nullable() ? " null" : " not null"));
        }
        return sql;
    }

    @Override
    public String columnCheckName(String table, String column) {
        return ""; // Oracle names inline checks SYS_C followed by a number
    }

    @Override
    public String dropColumnCheck(String table, String name) {
        return alterTable(table) + " drop constraint " + identifier(name);
    }

    @Override
    public String tableComment(Namespace namespace, String table, String comment) {
        return "comment on table " + qualified(namespace, table) + " is " + literal(comment); // '' is null here: it removes the comment
    }

    @Override
    public String columnComment(Namespace namespace, String table, Column column) {
        return "comment on column " + qualified(namespace, table) + "." + identifier(column.name()) + " is " + literal(column.comment());
    }
}
