package io.modeldoc.processor.sql;

import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.Namespace;
import io.modeldoc.processor.model.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything ModelDoc knows about one database: how it spells the relational model (types, identity
 * columns, sequences, constraints, comments, literals), its names (quoting, identifier limit, reserved
 * words, schemas and catalogs), how it behaves (transactional DDL, indexes of foreign keys), and how it
 * spells changes to an existing schema ({@link AlterSyntax}). No other class decides anything by a
 * database's name: {@link Dialects} is the only place that knows the names.
 *
 * <p>Each database is one class; every question here that its databases answer differently is abstract,
 * so the compiler lists them for a new one. {@link BaseDialect} shares only the ANSI type spellings.
 */
public sealed interface Dialect extends AlterSyntax permits BaseDialect {

    /**
     * The option value naming this dialect: {@code postgresql}, {@code mysql}, {@code mariadb}, {@code h2},
     * {@code oracle}, {@code sqlserver}.
     */
    String name();

    /** The database's name in prose, for the documents: {@code PostgreSQL}, {@code SQL Server}. */
    String productName();

    /** The database's name in Liquibase's {@code dbms} attribute and changelog headers ({@code mssql} for SQL Server). */
    String liquibaseDbms();

    // ---- Names

    /** The longest identifier this database accepts, in {@link #identifierLength} units. */
    int maxIdentifierLength();

    /** How this database measures a name against {@link #maxIdentifierLength()}: characters, or bytes. */
    int identifierLength(String bare);

    /** Whether {@code word}, unquoted, is refused as a name here (a reserved key word), ignoring case. */
    boolean isReserved(String word);

    /**
     * Whether a regular name ({@link SqlName#regular()}) must be quoted here to be read as a name: a reserved word,
     * or a name starting with a digit. It is then quoted in {@link #foldCase} so that it still names the object the
     * bare name would.
     */
    default boolean needsQuotes(String bare) {
        return isReserved(bare) || SqlName.of(bare).startsWithDigit();
    }

    /**
     * A bare name in the case this database folds unquoted names to ({@code NUMBER} on Oracle and H2, {@code number}
     * on PostgreSQL); unchanged where quoting does not make names case-sensitive (MySQL, MariaDB, SQL Server).
     */
    String foldCase(String bare);

    /** Quotes a bare name in this database's quote characters, doubling any inside it. */
    String quote(String bare);

    /**
     * Why this database refuses a name even quoted ({@code it contains '"' at position 3, refused in any name, quoted
     * or not}); empty where it takes every name {@link SqlName#problem()} lets through.
     */
    default Optional<String> refusal(String bare) {
        return Optional.empty();
    }

    /**
     * A name as this database writes it, the one place names become SQL: a name quoted in the mapping
     * ({@code "\"user\""} or with backticks) in this database's own quotes; a regular name as given, or quoted in
     * {@link #foldCase} where this database refuses it bare ({@link #needsQuotes}); anything else — which the checks
     * report as an error — quoted as well, so that no name can end a statement or open a comment.
     */
    default String identifier(String name) {
        if (name.isEmpty()) {
            return name;
        }
        SqlName parsed = SqlName.of(name);
        if (parsed.regular()) {
            return needsQuotes(parsed.bare()) ? quote(foldCase(parsed.bare())) : name;
        }
        return quote(parsed.printable());
    }

    // ---- Namespaces

    /** Whether names are qualified by their catalog (Hibernate drops the catalog where not). */
    boolean usesCatalogs();

    /** Whether names are qualified by their schema (Hibernate drops the schema where not). */
    boolean usesSchemas();

    /**
     * A table's or sequence's name qualified by the parts of its namespace this database has, as Hibernate
     * qualifies it: {@code schema.name} on PostgreSQL, {@code catalog.name} on MySQL and MariaDB (a catalog is
     * a database there, and schemas do not exist), {@code catalog.schema.name} on H2.
     */
    default String qualified(Namespace namespace, String name) {
        StringBuilder qualified = new StringBuilder();
        if (usesCatalogs() && !namespace.catalog().isEmpty()) {
            qualified.append(identifier(namespace.catalog())).append('.');
        }
        if (usesSchemas() && !namespace.schema().isEmpty()) {
            qualified.append(identifier(namespace.schema())).append('.');
        }
        return qualified.append(identifier(name)).toString();
    }

    /**
     * The statements that create a namespace the script's objects live in, safe to run when it exists
     * already ({@code create schema if not exists billing}); empty when there is nothing this database can
     * create (H2's catalog is the database itself).
     */
    List<String> createNamespace(Namespace namespace);

    // ---- Types

    /** The column's type as this database writes it, e.g. {@code varchar(255)}, {@code timestamp(6) with time zone}. */
    String columnType(Column column);

    /** The most digits a decimal column may have here ({@code numeric(p,s)}'s p); a mapping asking for more is an error. */
    int maxNumericPrecision();

    /** The most digits after the point a decimal column may have here ({@code numeric(p,s)}'s s). */
    int maxNumericScale();

    /** The column's type: the definition the mapping gives, else this dialect's type for it. */
    default String typeOf(Column column) {
        return column.definition().isEmpty() ? columnType(column) : column.definition();
    }

    /**
     * The conditions the column's type implies, written inline after the column: an enum's
     * {@code c in ('A','B')} or {@code c between 0 and 2}; empty when none.
     */
    List<String> typeChecks(Column column);

    /** The column's check conditions, each parenthesised, as a changed column restates them. */
    default List<String> checkConditions(Column column) {
        List<String> conditions = new ArrayList<>(typeChecks(column));
        conditions.addAll(column.checks());
        return conditions.stream().map(c -> "(" + c + ")").toList();
    }

    /**
     * Whether a column's inline CHECK is written with the name {@link #columnCheckName} gives it, so that a migration
     * can drop it (SQL Server: its own names end in a random hash, and a column cannot be dropped while a check
     * refers to it).
     */
    boolean namesColumnChecks();

    /** Text as a string literal, quoted and escaped so that it can never end the literal early. */
    String literal(String text);

    // ---- The create script

    /** What follows the type of an identity column, e.g. {@code " generated by default as identity"}. */
    String identityClause();

    /** The statements creating a sequence; on MySQL a one-row table emulates it. */
    List<String> createSequence(Sequence sequence);

    /** Whether sequences are tables here, created among the tables in name order (MySQL). */
    boolean sequencesAreTables();

    /** Whether unique constraints are part of CREATE TABLE, rather than added by ALTER TABLE after it. */
    boolean uniqueKeysInCreateTable();

    /** The start of a statement changing {@code table}, e.g. {@code alter table if exists book}. */
    String alterTable(String table);

    /**
     * The statement adding a unique key to {@code table} after CREATE TABLE (or in a migration): {@code name} may be
     * empty to let the database name it; {@code nullableColumns} are the key's columns that may hold null.
     */
    default String addUniqueKey(String table, String name, List<String> columns, List<String> nullableColumns) {
        return alterTable(table) + " add " + (name.isEmpty() ? "" : "constraint " + identifier(name) + " ") + "unique ("
                + String.join(", ", columns.stream().map(this::identifier).toList()) + ")";
    }

    /** Whether a foreign key lists the referenced columns, even when they are the primary key. */
    boolean foreignKeyListsReferencedColumns();

    /** Whether comments are written inside CREATE TABLE rather than as {@code comment on} statements. */
    boolean inlineComments();

    /** What follows the closing parenthesis of CREATE TABLE, e.g. {@code " engine=InnoDB"}; may be empty. */
    String tableSuffix(String tableComment);

    /** An index's name in CREATE INDEX, qualified where indexes live in a schema of their own (H2). */
    String indexName(Namespace tableNamespace, String name);

    /**
     * CREATE INDEX for {@code name} (as {@link #indexName} gives it) on {@code table} over {@code columns} (written,
     * with their orders); {@code nullableColumns} are the columns of a unique index that may hold null.
     */
    default String createIndex(String name, String table, String columns, boolean unique, List<String> nullableColumns) {
        return "create " + (unique ? "unique " : "") + "index " + name + " on " + table + " (" + columns + ")";
    }

    // ---- Behaviour the documents explain

    /** Whether the database creates an index for each foreign key by itself (PostgreSQL does not). */
    boolean indexesForeignKeys();

    /** How to keep this database's indexes healthy, for the document's Monitoring section (Markdown). */
    String indexMaintenance();

    /**
     * Whether a {@code @Lob} column holds only a reference to a large object stored apart from the row (PostgreSQL's
     * {@code oid}): its data is then neither covered by the table's privileges nor deleted with the row.
     */
    default boolean lobsAreLargeObjects() {
        return false;
    }
}
