package io.modeldoc.processor.model;

import java.util.List;

/**
 * A table, with physical names resolved.
 *
 * @param name        the physical name as written in SQL (quoted names keep their quotes)
 * @param entity      the qualified name of the entity it stores; empty for join tables
 * @param comment     the table comment; empty when none
 * @param columns     in declaration order: identifier first, then attributes, superclasses first
 * @param primaryKey  the primary-key columns, in order; empty when the table has none
 * @param uniqueKeys  multi-column and named unique constraints (single-column ones are {@link Column#unique()})
 * @param checks      named table-level CHECK constraints
 * @param renamedFrom the table's name in the baseline ({@code @RenamedFrom} on the entity); empty when not renamed
 * @param namespace   the catalog and schema it lives in ({@code @Table(catalog, schema)})
 * @param secondaryOf for a {@code @SecondaryTable}: the qualified name of the entity whose attributes it holds
 *                    in part ({@link #entity()} is then empty); empty otherwise
 */
public record Table(
        String name,
        String entity,
        String comment,
        List<Column> columns,
        List<String> primaryKey,
        List<ForeignKey> foreignKeys,
        List<UniqueKey> uniqueKeys,
        List<Index> indexes,
        List<Check> checks,
        String renamedFrom,
        Namespace namespace,
        String secondaryOf) {

    public Table {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
        uniqueKeys = List.copyOf(uniqueKeys);
        indexes = List.copyOf(indexes);
        checks = List.copyOf(checks);
        namespace = namespace == null ? Namespace.DEFAULT : namespace;
        secondaryOf = secondaryOf == null ? "" : secondaryOf;
    }

    /** A table in the default namespace. */
    public Table(String name, String entity, String comment, List<Column> columns, List<String> primaryKey,
                 List<ForeignKey> foreignKeys, List<UniqueKey> uniqueKeys, List<Index> indexes, List<Check> checks,
                 String renamedFrom) {
        this(name, entity, comment, columns, primaryKey, foreignKeys, uniqueKeys, indexes, checks, renamedFrom,
                Namespace.DEFAULT, "");
    }

    /** A table that was not renamed. */
    public Table(String name, String entity, String comment, List<Column> columns, List<String> primaryKey,
                 List<ForeignKey> foreignKeys, List<UniqueKey> uniqueKeys, List<Index> indexes, List<Check> checks) {
        this(name, entity, comment, columns, primaryKey, foreignKeys, uniqueKeys, indexes, checks, "");
    }

    public boolean isJoinTable() {
        return entity.isEmpty() && secondaryOf.isEmpty();
    }

    public boolean isSecondaryTable() {
        return !secondaryOf.isEmpty();
    }

    /** The name with its catalog and schema, as the document shows it: {@code billing.invoice}. */
    public String qualifiedName() {
        return namespace.qualify(name);
    }

    /** This table with these foreign keys. */
    public Table withForeignKeys(List<ForeignKey> value) {
        return new Table(name, entity, comment, columns, primaryKey, value, uniqueKeys, indexes, checks, renamedFrom,
                namespace, secondaryOf);
    }

    /** This table in another namespace. */
    public Table in(Namespace value) {
        return new Table(name, entity, comment, columns, primaryKey, foreignKeys, uniqueKeys, indexes, checks, renamedFrom,
                value, secondaryOf);
    }

    /** The column of that name; names compare case-insensitively, as unquoted SQL names do. */
    public java.util.Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equalsIgnoreCase(columnName)).findFirst();
    }

    /** Those of {@code columnNames} that may hold null: nullable, not an identity, not in the primary key. */
    public List<String> nullableColumns(List<String> columnNames) {
        return columnNames.stream()
                .filter(name -> primaryKey.stream().noneMatch(name::equalsIgnoreCase)
                        && column(name).map(c -> c.nullable() && !c.identity()).orElse(false))
                .toList();
    }
}
