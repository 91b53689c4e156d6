package io.modeldoc.processor.sql;

/**
 * One statement of a schema script, without its terminating {@code ;}.
 *
 * @param table the table it creates or changes; empty for statements about no table (sequences)
 */
public record Statement(Kind kind, String table, String sql) {

    /** What a statement does; scripts list them in this order, foreign keys after all tables. */
    public enum Kind {
        SEQUENCE, TABLE, INDEX, COMMENT, FOREIGN_KEY
    }
}
