package io.modeldoc.processor.sql;

/**
 * One statement of a schema script, without its terminating {@code ;}.
 *
 * @param table the table it creates or changes; empty for statements about no table (sequences,
 *              also MySQL's table-emulated sequences)
 */
public record Statement(Kind kind, String table, String sql) {

    /**
     * What a statement does. Scripts create the namespaces first, then list all sequences (MySQL: its sequence tables among
     * the tables, by name), then per table its TABLE, COMMENT, INDEX and UNIQUE_KEY statements,
     * then all FOREIGN_KEY statements, so that cycles between tables work.
     */
    public enum Kind {
        /** A {@code create schema} (or, on MySQL, {@code create database}) for a table's or sequence's namespace. */
        NAMESPACE,
        SEQUENCE, TABLE, COMMENT, INDEX,
        /** An {@code alter table ... add constraint ... unique}, on databases that add them after the table. */
        UNIQUE_KEY,
        FOREIGN_KEY
    }
}
