package io.modeldoc.processor.migrate;

import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.sql.Dialect;
import java.util.Locale;

/**
 * What happens to the rows already there when a NOT NULL column without a default is added, per database, as observed
 * on the servers: PostgreSQL and H2 refuse ({@code column contains null values}), as Oracle and SQL Server do; MySQL and
 * MariaDB give every row the type's implicit value, in strict mode too, which invents data nobody entered.
 */
final class NotNullColumns {

    private NotNullColumns() {
    }

    /** Whether the column's own definition ({@code columnDefinition}) gives it a default. */
    static boolean hasDefault(Column column) {
        return column.definition().toLowerCase(Locale.ROOT).matches("(?s).*\\bdefault\\b.*");
    }

    /** The build's warning about adding {@code column} to {@code table}, true for the dialect. */
    static String warning(String table, Column column, Dialect dialect) {
        String what = "column " + table + "." + column.name() + " is added as not null without a default: ";
        String fix = "give it the value those rows should have (e.g. @Column(columnDefinition = \""
                + dialect.columnType(column) + " default " + example(column, dialect) + " not null\")), or add it as nullable, "
                + "fill it, then make it not null";
        if (dialect.fillsAddedNotNullColumns()) {
            return what + "on " + dialect.name() + " every row already there silently gets " + implicitValue(column, dialect)
                    + ", strict mode or not, which invents data; " + fix;
        }
        return what + "on " + dialect.name() + " the migration fails on a table that has rows; " + fix;
    }

    /** The value MySQL and MariaDB give the rows, by type. */
    private static String implicitValue(Column column, Dialect dialect) {
        return switch (column.type()) {
            case CHAR, VARCHAR, CLOB, NCHAR, NVARCHAR, NCLOB -> "'' (an empty string)";
            case ENUM_STRING -> column.enumValues().isEmpty() ? "'' (an empty string)"
                    : dialect.literal(column.enumValues().get(0)) + " (the first constant)";
            case BOOLEAN, BIT -> "false";
            case DATE -> "the zero date 0000-00-00";
            case TIMESTAMP, TIMESTAMP_UTC, TIMESTAMP_TZ -> "the zero date-time 0000-00-00 00:00:00";
            case TIME, TIME_UTC -> "00:00:00";
            case BINARY, VARBINARY, BLOB -> "an empty value";
            default -> "0";
        };
    }

    /** A plausible default to show in the suggestion, of the column's type. */
    private static String example(Column column, Dialect dialect) {
        return switch (column.type()) {
            case CHAR, VARCHAR, CLOB, NCHAR, NVARCHAR, NCLOB -> dialect.literal("…");
            case ENUM_STRING -> column.enumValues().isEmpty() ? dialect.literal("…") : dialect.literal(column.enumValues().get(0));
            case BOOLEAN, BIT -> "false";
            case DATE -> "current_date";
            case TIMESTAMP, TIMESTAMP_UTC, TIMESTAMP_TZ -> "current_timestamp";
            default -> "0";
        };
    }
}
