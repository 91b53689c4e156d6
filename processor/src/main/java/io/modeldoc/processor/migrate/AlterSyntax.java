package io.modeldoc.processor.migrate;

import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.Namespace;
import io.modeldoc.processor.model.Sequence;
import io.modeldoc.processor.sql.Dialect;
import java.util.List;

/**
 * How each database spells changes to an existing schema, where the create-script {@link Dialect}
 * has nothing to say. Kept here, beside its only user, rather than widening {@code Dialect}.
 * A {@code table} parameter is the table as SQL names it, already qualified by its schema or catalog
 * through {@link Dialect#qualified} as the create script names it; bare names are said so.
 */
abstract class AlterSyntax {

    final Dialect dialect;

    AlterSyntax(Dialect dialect) {
        this.dialect = dialect;
    }

    static AlterSyntax of(Dialect dialect) {
        return switch (dialect.name()) {
            case "postgresql" -> new PostgreSql(dialect);
            case "h2" -> new H2(dialect);
            default -> new MySql(dialect);
        };
    }

    /** Whether DDL can run inside one transaction, so a failed script leaves nothing behind. */
    abstract boolean transactionalDdl();

    /** The table {@code from} (qualified) renamed {@code to} (bare), staying in its namespace. */
    String renameTable(Namespace namespace, String from, String to) {
        // the new name of rename to is bare here: the table stays in its schema
        return "alter table " + dialect.qualified(namespace, from) + " rename to " + dialect.identifier(to);
    }

    String renameColumn(String table, String from, String to) {
        return dialect.alterTable(table) + " rename column " + dialect.identifier(from) + " to " + dialect.identifier(to);
    }

    String addColumn(String table, String definition) {
        return dialect.alterTable(table) + " add column " + definition;
    }

    String dropColumn(String table, String column) {
        return dialect.alterTable(table) + " drop column " + dialect.identifier(column);
    }

    String dropTable(String table) {
        return "drop table if exists " + table;
    }

    String dropForeignKey(String table, String name) {
        return dialect.alterTable(table) + " drop constraint " + name;
    }

    String dropUniqueKey(String table, String name) {
        return dialect.alterTable(table) + " drop constraint " + name;
    }

    String dropCheck(String table, String name) {
        return dialect.alterTable(table) + " drop constraint " + name;
    }

    /** Drops the index {@code name} of {@code table}, which lives in {@code namespace}: so does its index. */
    String dropIndex(String table, Namespace namespace, String name) {
        return "drop index if exists " + dialect.qualified(namespace, name);
    }

    String addCheck(String table, String name, String condition) {
        return dialect.alterTable(table) + " add constraint " + name + " check (" + condition + ")";
    }

    List<String> dropSequence(Sequence sequence) {
        return List.of("drop sequence if exists " + dialect.qualified(sequence.namespace(), sequence.name()));
    }

    List<String> alterSequence(Sequence sequence) {
        return List.of("alter sequence " + dialect.qualified(sequence.namespace(), sequence.name()) + " increment by "
                + sequence.allocationSize());
    }

    /**
     * Whether a foreign key needs an index of its own, which the database creates under the key's
     * name when no index starts with its columns, drops silently once one does, and keeps after
     * the key is dropped (MySQL, MariaDB).
     */
    boolean foreignKeysOwnIndexes() {
        return false;
    }

    /** Whether a column's CHECK is part of its definition, restated by {@code modify column} (MariaDB). */
    boolean checksTravelWithColumn() {
        return false;
    }

    /** The statements changing a kept column's type, nullability and comment to {@code to}'s. */
    abstract List<String> alterColumn(String table, ColumnChange change, boolean type, boolean nullability, boolean comment);

    /**
     * The name the database gave the column's inline CHECK (bare table name), to drop and re-add it when its
     * condition changes; empty when the name cannot be known in a script (then it is reported).
     */
    abstract String columnCheckName(String table, String column);

    String comment(String table, Column column) {
        return "comment on column " + table + "." + dialect.identifier(column.name()) + " is "
                + (column.comment().isEmpty() ? "null" : dialect.literal(column.comment()));
    }

    String tableComment(String table, String comment) {
        return "comment on table " + table + " is " + (comment.isEmpty() ? "null" : dialect.literal(comment));
    }

    private static final class PostgreSql extends AlterSyntax {

        PostgreSql(Dialect dialect) {
            super(dialect);
        }

        @Override
        boolean transactionalDdl() {
            return true;
        }

        @Override
        List<String> alterColumn(String table, ColumnChange change, boolean type, boolean nullability, boolean comment) {
            List<String> sql = new java.util.ArrayList<>();
            Column to = change.to();
            if (type) {
                // using: PostgreSQL casts only where an implicit assignment cast exists
                String spelled = dialect.typeOf(to);
                sql.add(dialect.alterTable(table) + " alter column " + dialect.identifier(to.name()) + " type " + spelled
                        + " using " + dialect.identifier(to.name()) + "::" + spelled);
            }
            if (nullability) {
                sql.add(dialect.alterTable(table) + " alter column " + dialect.identifier(to.name()) + (to.nullable() ? " drop not null" : " set not null"));
            }
            if (comment) {
                sql.add(comment(table, to));
            }
            return sql;
        }

        @Override
        String columnCheckName(String table, String column) {
            return Renames.lower(table + "_" + column + "_check"); // PostgreSQL's own name for a column's check
        }
    }

    private static final class H2 extends AlterSyntax {

        H2(Dialect dialect) {
            super(dialect);
        }

        @Override
        boolean transactionalDdl() {
            return false; // H2 commits before and after every DDL statement; it has no start transaction either
        }

        @Override
        List<String> alterColumn(String table, ColumnChange change, boolean type, boolean nullability, boolean comment) {
            List<String> sql = new java.util.ArrayList<>();
            Column to = change.to();
            if (type) {
                sql.add(dialect.alterTable(table) + " alter column " + dialect.identifier(to.name()) + " set data type " + dialect.typeOf(to));
            }
            if (nullability) {
                sql.add(dialect.alterTable(table) + " alter column " + dialect.identifier(to.name()) + (to.nullable() ? " drop not null" : " set not null"));
            }
            if (comment) {
                sql.add(comment(table, to));
            }
            return sql;
        }

        @Override
        String columnCheckName(String table, String column) {
            return ""; // H2 names inline checks CONSTRAINT_<hash>
        }
    }

    /** MySQL and MariaDB: {@code modify column} restates the whole column, comment included. */
    private static final class MySql extends AlterSyntax {

        MySql(Dialect dialect) {
            super(dialect);
        }

        @Override
        boolean transactionalDdl() {
            return false;
        }

        @Override
        boolean foreignKeysOwnIndexes() {
            return true;
        }

        @Override
        String renameTable(Namespace namespace, String from, String to) {
            // both qualified: a bare new name would move the table into the connection's database
            return "rename table " + dialect.qualified(namespace, from) + " to " + dialect.qualified(namespace, to);
        }

        @Override
        String dropForeignKey(String table, String name) {
            return dialect.alterTable(table) + " drop foreign key " + name;
        }

        @Override
        String dropUniqueKey(String table, String name) {
            return dialect.alterTable(table) + " drop index " + name;
        }

        @Override
        String dropIndex(String table, Namespace namespace, String name) {
            return "drop index " + name + " on " + table;
        }

        @Override
        List<String> dropSequence(Sequence sequence) {
            // MySQL: a one-row table stands in for it; MariaDB has real sequences
            return dialect.sequencesAreTables()
                    ? List.of("drop table if exists " + dialect.qualified(sequence.namespace(), sequence.name()))
                    : super.dropSequence(sequence);
        }

        @Override
        List<String> alterSequence(Sequence sequence) {
            // a sequence table holds only the next value; the increment lives in the application
            return dialect.sequencesAreTables() ? List.of() : super.alterSequence(sequence);
        }

        @Override
        List<String> alterColumn(String table, ColumnChange change, boolean type, boolean nullability, boolean comment) {
            Column to = change.to();
            StringBuilder sql = new StringBuilder(dialect.alterTable(table)).append(" modify column ")
                    .append(dialect.identifier(to.name())).append(' ').append(dialect.typeOf(to));
            if (to.identity()) {
                sql.append(dialect.identityClause());
            } else if (!to.nullable()) {
                sql.append(" not null");
            }
            if (!to.comment().isEmpty()) {
                sql.append(" comment ").append(dialect.literal(to.comment()));
            }
            List<String> conditions = MigrationPlanner.conditions(dialect, to);
            if (checksTravelWithColumn() && !conditions.isEmpty()) {
                sql.append(" check (").append(String.join(" and ", conditions)).append(')');
            }
            return List.of(sql.toString());
        }

        @Override
        String columnCheckName(String table, String column) {
            return ""; // MySQL numbers column checks per table
        }

        @Override
        boolean checksTravelWithColumn() {
            return dialect.name().equals("mariadb"); // MariaDB keeps a column's check in its definition
        }

        @Override
        String comment(String table, Column column) {
            throw new UnsupportedOperationException("MySQL comments travel with modify column");
        }

        @Override
        String tableComment(String table, String comment) {
            return "alter table " + table + " comment=" + dialect.literal(comment);
        }
    }
}
