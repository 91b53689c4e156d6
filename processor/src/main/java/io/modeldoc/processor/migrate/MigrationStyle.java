package io.modeldoc.processor.migrate;

import java.util.Locale;

/** How the migration scripts are laid out and named ({@code modeldoc.migration.style}). */
public enum MigrationStyle {
    /** {@code migration_<version>_<description>.sql} and {@code rollback_…}, each in its own transaction where it can be. */
    PLAIN,
    /** Flyway's {@code V<version>__<description>.sql} and {@code U…}; Flyway opens the transaction. */
    FLYWAY,
    /** A Liquibase formatted-SQL changelog holding both directions, and a master changelog including it. */
    LIQUIBASE;

    /** The style of an option value: {@code plain}, {@code flyway} or {@code liquibase}. */
    public static MigrationStyle named(String option) {
        return valueOf(option.toUpperCase(Locale.ROOT));
    }

    /** The tool that runs the scripts and opens the transaction itself, so that the scripts must not; empty for none. */
    String tool() {
        return switch (this) {
            case PLAIN -> "";
            case FLYWAY -> "Flyway";
            case LIQUIBASE -> "Liquibase";
        };
    }
}
