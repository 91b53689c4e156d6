package io.modeldoc.processor.sql;

import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.Namespace;
import io.modeldoc.processor.model.Sequence;
import java.util.List;

/**
 * How a database spells changes to an existing schema, and how it behaves while they run: the part of
 * {@link Dialect} that migrations use. A {@code table} parameter is the table as SQL names it, already
 * qualified through {@link Dialect#qualified} as the create script names it; bare names are said so.
 */
public interface AlterSyntax {

    /** Whether DDL can run inside one transaction, so a failed script leaves nothing behind. */
    boolean transactionalDdl();

    /** The statement opening the transaction of a migration where {@link #transactionalDdl()}. */
    default String beginTransaction() {
        return "start transaction";
    }

    /**
     * Whether adding a NOT NULL column without a default to a table with rows gives those rows the type's implicit value
     * ({@code ''}, {@code 0}, a zero date, the first enum constant) instead of failing: MySQL and MariaDB do, in strict
     * mode too (observed on MariaDB 10.11); PostgreSQL, H2, Oracle and SQL Server refuse.
     */
    default boolean fillsAddedNotNullColumns() {
        return false;
    }

    /** The number of characters of a character {@code expression}, to check that values fit a shorter column. */
    default String characterLength(String expression) {
        return "char_length(" + expression + ")";
    }

    /**
     * Whether a column of the {@code date} type keeps the time of day (Oracle), so that narrowing a timestamp to
     * it loses only the fraction of a second.
     */
    default boolean dateKeepsTimeOfDay() {
        return false;
    }

    /**
     * Whether a foreign key needs an index of its own, which the database creates under the key's
     * name when no index starts with its columns, drops silently once one does, and keeps after
     * the key is dropped (MySQL, MariaDB).
     */
    boolean foreignKeysOwnIndexes();

    /** Whether a column's CHECK is part of its definition, restated when the column is changed (MariaDB). */
    boolean checksTravelWithColumn();

    /** The table {@code from} (bare, in {@code namespace}) renamed {@code to} (bare), staying in its namespace. */
    String renameTable(Namespace namespace, String from, String to);

    /** Renames column {@code from} (bare) of {@code table} to {@code to} (bare). */
    String renameColumn(String table, String from, String to);

    /** Adds a column, {@code definition} as CREATE TABLE writes it. */
    String addColumn(String table, String definition);

    /** Drops column {@code column} (bare). */
    String dropColumn(String table, String column);

    String dropTable(String table);

    String dropForeignKey(String table, String name);

    /** Drops a unique key that {@link Dialect#addUniqueKey} added with these nullable columns. */
    String dropUniqueKey(String table, String name, List<String> nullableColumns);

    String dropCheck(String table, String name);

    /** Drops the index {@code name} of {@code table}, which lives in {@code namespace}: so does its index. */
    String dropIndex(String table, Namespace namespace, String name);

    String addCheck(String table, String name, String condition);

    List<String> dropSequence(Sequence sequence);

    /** The statements giving an existing sequence {@code sequence}'s increment; empty where none is kept. */
    List<String> alterSequence(Sequence sequence);

    /**
     * The statements changing a kept column's type and nullability to {@code to}'s, and its comment where comments
     * live in the column's definition ({@link Dialect#inlineComments()}); elsewhere {@link #columnComment} does.
     */
    List<String> alterColumn(String table, Column to, boolean type, boolean nullability, boolean comment);

    /**
     * The name the database gave the column's inline CHECK ({@code table} and {@code column} bare), to drop and
     * re-add it when its condition changes; empty when the name cannot be known in a script (then it is reported).
     */
    String columnCheckName(String table, String column);

    /** Drops the inline CHECK a column had, by its {@link #columnCheckName}, if it is there. */
    String dropColumnCheck(String table, String name);

    /**
     * The statement setting the comment of {@code table} (bare, in {@code namespace}), whether it had one or not; an
     * empty comment removes it.
     */
    String tableComment(Namespace namespace, String table, String comment);

    /**
     * The statement setting a column's comment where comments are statements of their own, whether it had one or
     * not; an empty one removes it. {@code table} is bare, in {@code namespace}.
     */
    String columnComment(Namespace namespace, String table, Column column);
}
