package io.modeldoc.processor.migrate;

/**
 * The order of a migration's statements: what others depend on is dropped first and created
 * first, additions come before removals (on MySQL, whose DDL commits statement by statement, a
 * failure then leaves the old columns and tables in place), and foreign keys come last so that
 * every table they join exists.
 */
enum Phase {
    DROP_FOREIGN_KEYS,
    DROP_CONSTRAINTS,
    RENAME_TABLES,
    RENAME_COLUMNS,
    CREATE_NAMESPACES,
    CREATE_SEQUENCES,
    CREATE_TABLES,
    ADD_COLUMNS,
    ALTER_COLUMNS,
    ADD_CONSTRAINTS,
    DROP_COLUMNS,
    DROP_TABLES,
    DROP_SEQUENCES,
    ADD_FOREIGN_KEYS
}
