package io.modeldoc.processor.sql;

import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.Namespace;
import io.modeldoc.processor.model.Sequence;
import io.modeldoc.processor.model.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * SQL Server 2022 (version 16), as Hibernate ORM's SQLServerDialect writes for it: {@code bit}, {@code datetime2(7)},
 * {@code (max)} types, identifiers in brackets, unique keys added after the table, and a unique key over columns that
 * may be null as a unique index filtered to the rows where they are not (SQL Server's unique constraint lets only one
 * row hold null). Its DDL is transactional.
 */
final class SqlServerDialect extends BaseDialect {

    /** The longest {@code varchar} and {@code varbinary}; longer ones become {@code (max)}, as in Hibernate. */
    private static final int MAX_STRING_LENGTH = 8000;
    /** Two bytes a character: {@code nvarchar(n)} holds at most 4,000. */
    private static final int MAX_NATIONAL_LENGTH = 4000;
    private static final ReservedWords RESERVED = ReservedWords.load("sqlserver.txt");

    @Override
    public String name() {
        return "sqlserver";
    }

    @Override
    public String productName() {
        return "SQL Server";
    }

    @Override
    public String liquibaseDbms() {
        return "mssql";
    }

    // ---- Names

    @Override
    public int maxNumericPrecision() {
        return 38; // decimal: up to 38 digits, the scale within the precision
    }

    @Override
    public int maxNumericScale() {
        return 38;
    }

    @Override
    public int maxIdentifierLength() {
        return 128; // sysname
    }

    @Override
    public int identifierLength(String bare) {
        return bare.codePointCount(0, bare.length()); // sysname is nvarchar(128): characters
    }

    @Override
    public boolean isReserved(String word) {
        return RESERVED.contains(word);
    }

    @Override
    public String foldCase(String bare) {
        return bare; // brackets do not make names case-sensitive: the collation decides for both
    }

    @Override
    public String quote(String bare) {
        return '[' + bare.replace("]", "]]") + ']'; // double quotes work only with QUOTED_IDENTIFIER on
    }

    @Override
    public boolean usesCatalogs() {
        return true; // a catalog is another database of the server: catalog.schema.table
    }

    @Override
    public boolean usesSchemas() {
        return true;
    }

    @Override
    public List<String> createNamespace(Namespace namespace) {
        // create schema has no if not exists and must start a batch, so it runs through exec; a catalog is a database,
        // which must exist (creating one is an administrator's decision, and cannot run inside a transaction).
        if (namespace.schema().isEmpty()) {
            return List.of();
        }
        String schema = unquoted(namespace.schema());
        String create = "N" + literal("create schema " + quote(schema)); // sp_executesql takes Unicode text only
        if (namespace.catalog().isEmpty()) {
            return List.of("if schema_id(" + nameLiteral(schema) + ") is null exec sp_executesql " + create);
        }
        String catalog = identifier(namespace.catalog());
        return List.of("if not exists (select 1 from " + catalog + ".sys.schemas where name = " + nameLiteral(schema) + ") exec "
                + catalog + ".sys.sp_executesql " + create);
    }

    // ---- Types

    @Override
    protected String typeName(SqlType type) {
        return switch (type) {
            case BOOLEAN -> "bit";
            case TINYINT -> "smallint"; // SQL Server's tinyint holds 0 to 255 only
            case INTEGER -> "int";
            case CLOB -> "varchar(max)";
            case NCLOB, JSON -> "nvarchar(max)"; // SQL Server 2022 has no json type: its JSON functions read text
            case XML -> "xml";
            case BLOB -> "varbinary(max)";
            case TIME -> "time"; // Hibernate's spelling; the database's default precision
            case TIME_UTC -> "datetimeoffset(0)"; // SQL Server has no time with an offset
            case TIMESTAMP -> "datetime2(7)";
            case TIMESTAMP_UTC -> "datetimeoffset(7)";
            case UUID -> "uniqueidentifier";
            default -> super.typeName(type);
        };
    }

    @Override
    protected String varcharType(int length) {
        return length > MAX_STRING_LENGTH ? "varchar(max)" : super.varcharType(length);
    }

    @Override
    protected String varbinaryType(int length) {
        return length > MAX_STRING_LENGTH ? "varbinary(max)" : super.varbinaryType(length);
    }

    @Override
    protected String nvarcharType(int length) {
        return length > MAX_NATIONAL_LENGTH ? "nvarchar(max)" : "nvarchar(" + length + ")";
    }

    @Override
    protected String ncharType(int length) {
        return "nchar(" + length + ")";
    }

    @Override
    public boolean namesColumnChecks() {
        return true; // see columnCheckName
    }

    @Override
    public String literal(String text) {
        return SqlText.literal(text, false); // a backslash is itself
    }

    // ---- The create script

    @Override
    public String identityClause() {
        return " identity not null";
    }

    @Override
    public List<String> createSequence(Sequence sequence) {
        // a sequence name takes no catalog here: Hibernate drops it
        return List.of("create sequence " + qualified(Namespace.of("", sequence.namespace().schema()), sequence.name())
                + " start with " + sequence.initialValue() + " increment by " + sequence.allocationSize());
    }

    @Override
    public boolean sequencesAreTables() {
        return false;
    }

    @Override
    public boolean uniqueKeysInCreateTable() {
        return false; // Hibernate's AlterTableUniqueIndexDelegate
    }

    @Override
    public String alterTable(String table) {
        return "alter table " + table; // SQL Server has no alter table if exists
    }

    /**
     * A unique constraint lets one row only hold null in a column of the key; Hibernate (and standard SQL) let any
     * number of rows, so a key over columns that may be null is a unique index over the rows where none is null.
     */
    /** A unique index over columns that may be null covers the rows where none is, as a unique key does (above). */
    @Override
    public String createIndex(String name, String table, String columns, boolean unique, List<String> nullableColumns) {
        if (!unique || nullableColumns.isEmpty()) {
            return super.createIndex(name, table, columns, unique, nullableColumns);
        }
        return "create unique nonclustered index " + name + " on " + table + " (" + columns + ") where "
                + nullableColumns.stream().map(c -> identifier(c) + " is not null").collect(Collectors.joining(" and "));
    }

    @Override
    public String addUniqueKey(String table, String name, List<String> columns, List<String> nullableColumns) {
        if (nullableColumns.isEmpty()) {
            return super.addUniqueKey(table, name, columns, nullableColumns);
        }
        return "create unique nonclustered index " + identifier(name) + " on " + table + " ("
                + columns.stream().map(this::identifier).collect(Collectors.joining(", ")) + ") where "
                + nullableColumns.stream().map(c -> identifier(c) + " is not null").collect(Collectors.joining(" and "));
    }

    @Override
    public boolean foreignKeyListsReferencedColumns() {
        return false; // a key references the primary key when it names no columns
    }

    @Override
    public boolean inlineComments() {
        return false;
    }

    @Override
    public String tableSuffix(String tableComment) {
        return "";
    }

    @Override
    public String indexName(Namespace tableNamespace, String name) {
        return identifier(name); // an index belongs to its table
    }

    // ---- Behaviour

    @Override
    public boolean indexesForeignKeys() {
        return false; // SQL Server indexes only primary and unique keys
    }

    @Override
    public String indexMaintenance() {
        return "`UPDATE STATISTICS` after bulk loads, `ALTER INDEX ... REORGANIZE` (or `REBUILD`) for fragmented "
                + "indexes, and drop an index that `sys.dm_db_index_usage_stats` shows unused";
    }

    // ---- Changes

    @Override
    public String characterLength(String expression) {
        return "len(" + expression + ")"; // SQL Server has no char_length; len ignores trailing blanks
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public String beginTransaction() {
        return "begin transaction"; // SQL Server has no start transaction
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
        // sp_rename takes the old name qualified and the new one bare (brackets would become part of it)
        return "exec sp_rename " + literal(qualified(Namespace.of("", namespace.schema()), from)) + ", " + literal(unquoted(to));
    }

    @Override
    public String renameColumn(String table, String from, String to) {
        return "exec sp_rename " + literal(table + "." + identifier(from)) + ", " + literal(unquoted(to)) + ", 'COLUMN'";
    }

    @Override
    public String addColumn(String table, String definition) {
        return alterTable(table) + " add " + definition; // SQL Server has no add column
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
    public String dropUniqueKey(String table, String name, List<String> nullableColumns) {
        // see addUniqueKey: a key over nullable columns is an index
        return nullableColumns.isEmpty() ? alterTable(table) + " drop constraint " + identifier(name) : "drop index " + identifier(name) + " on " + table;
    }

    @Override
    public String dropIndex(String table, Namespace namespace, String name) {
        return "drop index if exists " + identifier(name) + " on " + table;
    }

    @Override
    public List<String> dropSequence(Sequence sequence) {
        return List.of("drop sequence if exists " + qualified(Namespace.of("", sequence.namespace().schema()), sequence.name()));
    }

    @Override
    public List<String> alterSequence(Sequence sequence) {
        return List.of("alter sequence " + qualified(Namespace.of("", sequence.namespace().schema()), sequence.name())
                + " increment by " + sequence.allocationSize());
    }

    @Override
    public List<String> alterColumn(String table, Column to, boolean type, boolean nullability, boolean comment) {
        List<String> sql = new ArrayList<>();
        if (type || nullability) {
            // alter column restates the type and the nullability together
            sql.add(alterTable(table) + " alter column " + identifier(to.name()) + " " + typeOf(to)
                    + (to.nullable() ? " null" : " not null"));
        }
        return sql;
    }

    /**
     * SQL Server would name an inline check {@code CK__table__column__} and a random hash, and refuses to drop a column
     * while a check refers to it: ModelDoc names it, {@code ck_<table>_<column>}, so that migrations can drop it.
     */
    @Override
    public String columnCheckName(String table, String column) {
        return Identifiers.fit(Identifiers.readable("ck", table, List.of(column)), maxIdentifierLength());
    }

    @Override
    public String dropColumnCheck(String table, String name) {
        return alterTable(table) + " drop constraint if exists " + identifier(name);
    }

    @Override
    public String tableComment(Namespace namespace, String table, String comment) {
        return description(namespace, "N'TABLE', " + nameLiteral(table) + ", null, null", comment);
    }

    @Override
    public String columnComment(Namespace namespace, String table, Column column) {
        return description(namespace, "N'TABLE', " + nameLiteral(table) + ", N'COLUMN', " + nameLiteral(column.name()),
                column.comment());
    }

    /**
     * A comment is the MS_Description extended property, which tools such as SSMS show. One statement sets it
     * whether it exists or not, and drops it for an empty comment. A table in the default namespace is taken to be in
     * dbo, the default schema (procedure arguments cannot call schema_name()).
     */
    private String description(Namespace namespace, String levels, String text) {
        String owner = "N'SCHEMA', " + nameLiteral(namespace.schema().isEmpty() ? "dbo" : namespace.schema()) + ", " + levels;
        String procedures = namespace.catalog().isEmpty() ? "" : identifier(namespace.catalog()) + ".sys.";
        String exists = "if exists (select 1 from " + (procedures.isEmpty() ? "sys." : procedures)
                + "fn_listextendedproperty(N'MS_Description', " + owner + "))";
        // the procedures take no nulls for levels they do not use: leave the trailing ", null, null" out
        String arguments = owner.endsWith(", null, null") ? owner.substring(0, owner.length() - ", null, null".length()) : owner;
        if (text.isEmpty()) {
            return exists + " exec " + procedures + "sp_dropextendedproperty N'MS_Description', " + arguments;
        }
        String value = "N'MS_Description', N" + literal(text) + ", " + arguments;
        return exists + " exec " + procedures + "sp_updateextendedproperty " + value
                + " else exec " + procedures + "sp_addextendedproperty " + value;
    }

    /** A name as the sp_*extendedproperty procedures take it: bare, as a Unicode literal. */
    private String nameLiteral(String name) {
        return "N" + literal(unquoted(name));
    }

    /** A name without the quotes of the mapping ({@code "…"} or backticks), as sp_* procedures take it. */
    private static String unquoted(String name) {
        boolean quoted = name.length() > 1
                && (name.startsWith("\"") && name.endsWith("\"") || name.startsWith("`") && name.endsWith("`"));
        return quoted ? name.substring(1, name.length() - 1) : name;
    }
}
