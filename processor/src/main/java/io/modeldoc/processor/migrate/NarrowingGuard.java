package io.modeldoc.processor.migrate;

import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.SqlType;
import io.modeldoc.processor.sql.Dialect;
import java.math.BigInteger;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The condition every row must meet for a narrowed column's values to fit its new type unchanged. The migration adds it
 * as a CHECK constraint before the column is altered, so that a row that does not fit stops the script instead of
 * losing data. Without it the databases do not all refuse (observed on the servers):
 * <ul>
 *   <li>a shorter varchar fails on PostgreSQL (without an explicit cast), H2 and MariaDB in strict mode, but MariaDB
 *   and MySQL without strict mode cut the value;</li>
 *   <li>a smaller scale rounds the values on every database, in every mode;</li>
 *   <li>a smaller integer, a smaller precision or an enum without a constant fail in strict mode, but MariaDB and MySQL
 *   without it clip the number to the largest that fits and empty the enum;</li>
 *   <li>a timestamp made a date loses its time of day on every database.</li>
 * </ul>
 * Adding a CHECK checks the rows already there on all of them, whatever the mode.
 */
final class NarrowingGuard {

    private static final Set<SqlType> CHARACTERS = EnumSet.of(SqlType.CHAR, SqlType.VARCHAR, SqlType.NCHAR, SqlType.NVARCHAR,
            SqlType.ENUM_STRING);
    private static final Set<SqlType> EXACT_NUMBERS = EnumSet.of(SqlType.TINYINT, SqlType.SMALLINT, SqlType.INTEGER,
            SqlType.BIGINT, SqlType.NUMERIC, SqlType.DECIMAL, SqlType.ENUM_ORDINAL);
    private static final Set<SqlType> TIMESTAMPS = EnumSet.of(SqlType.TIMESTAMP, SqlType.TIMESTAMP_UTC, SqlType.TIMESTAMP_TZ);

    /** The values a column of the entity's Java type holds: the type's range. */
    private static final Map<SqlType, BigInteger> LARGEST = Map.of(
            SqlType.TINYINT, BigInteger.valueOf(Byte.MAX_VALUE),
            SqlType.SMALLINT, BigInteger.valueOf(Short.MAX_VALUE),
            SqlType.INTEGER, BigInteger.valueOf(Integer.MAX_VALUE),
            SqlType.BIGINT, BigInteger.valueOf(Long.MAX_VALUE));

    private NarrowingGuard() {
    }

    /**
     * The condition, in {@code dialect}'s SQL, that the values of {@code change.from()} meet when they fit
     * {@code change.to()}; empty when the change keeps every value or when no condition is known (then the script's
     * header lists the change as one that may lose data).
     */
    static Optional<String> condition(ColumnChange change, Dialect dialect) {
        Column from = change.from();
        Column to = change.to();
        if (!ChangeWords.narrows(change)) {
            return Optional.empty();
        }
        String column = dialect.identifier(to.name());
        Optional<String> fits = switch (to.type()) {
            case ENUM_STRING -> to.enumValues().isEmpty() ? characters(from, to, column, dialect)
                    : Optional.of(column + " in (" + to.enumValues().stream().map(dialect::literal)
                            .collect(Collectors.joining(", ")) + ")");
            case ENUM_ORDINAL -> to.enumValues().isEmpty() ? Optional.empty()
                    : Optional.of(column + " between 0 and " + (to.enumValues().size() - 1));
            case CHAR, VARCHAR, NCHAR, NVARCHAR -> characters(from, to, column, dialect);
            case TINYINT, SMALLINT, INTEGER, BIGINT -> integers(from, to, column);
            case NUMERIC, DECIMAL -> numbers(from, to, column);
            case DATE -> TIMESTAMPS.contains(from.type()) && !dialect.dateKeepsTimeOfDay()
                    ? Optional.of(column + " = cast(" + column + " as date)") : Optional.empty();
            default -> Optional.empty();
        };
        return fits.map(condition -> column + " is null or " + condition);
    }

    /** The name of the guard's constraint, unique per table and column, within the dialect's identifier limit. */
    static String name(String table, String column, Dialect dialect) {
        String name = ("fits_" + table + "_" + column).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        int limit = dialect.maxIdentifierLength();
        if (name.length() <= limit) {
            return name;
        }
        String hash = String.format("%08x", name.hashCode());
        return name.substring(0, limit - hash.length() - 1) + "_" + hash;
    }

    private static Optional<String> characters(Column from, Column to, String column, Dialect dialect) {
        if (!CHARACTERS.contains(from.type()) || to.length() <= 0) {
            return Optional.empty();
        }
        return Optional.of(dialect.characterLength(column) + " <= " + to.length());
    }

    private static Optional<String> integers(Column from, Column to, String column) {
        if (!EXACT_NUMBERS.contains(from.type())) {
            return Optional.empty();
        }
        BigInteger largest = LARGEST.get(to.type());
        String range = column + " between " + largest.negate().subtract(BigInteger.ONE) + " and " + largest;
        return Optional.of(from.type() == SqlType.NUMERIC && from.scale() > 0 ? column + " = round(" + column + ", 0) and "
                + range : range);
    }

    private static Optional<String> numbers(Column from, Column to, String column) {
        if (!EXACT_NUMBERS.contains(from.type()) || to.precision() <= 0) {
            return Optional.empty();
        }
        // numeric(p, s) holds values whose absolute value is below 10^(p - s), rounded to s decimals
        String bound = BigInteger.TEN.pow(Math.max(0, to.precision() - to.scale())).toString();
        String range = "abs(" + column + ") < " + bound;
        return Optional.of(from.type() == SqlType.NUMERIC && from.scale() > to.scale()
                ? column + " = round(" + column + ", " + to.scale() + ") and " + range : range);
    }
}
