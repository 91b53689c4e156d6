package io.modeldoc.processor.model;

import java.util.List;

/**
 * A column, in dialect-neutral terms: each {@code Dialect} spells {@link #type()} its own way.
 *
 * @param length     the length of character and binary types; 0 when it does not apply
 * @param precision  the precision of numeric types; 0 when it does not apply
 * @param scale      the scale of numeric types
 * @param unique     whether the column alone is unique
 * @param identity   whether the database generates its values (an identity column)
 * @param enumValues the constants of an enum column, in declaration order; empty otherwise
 * @param checks     neutral SQL conditions the column's values obey (from Bean Validation), e.g.
 *                   {@code quantity>=1}; each is one term of the column's CHECK
 * @param comment    the column comment; empty when none
 * @param definition the SQL type the mapping gives verbatim ({@code @Column(columnDefinition)}); empty when
 *                   the dialect chooses it
 * @param renamedFrom the column's name in the baseline ({@code @RenamedFrom}); empty when it was not renamed
 */
public record Column(
        String name,
        SqlType type,
        int length,
        int precision,
        int scale,
        boolean nullable,
        boolean unique,
        boolean identity,
        List<String> enumValues,
        List<String> checks,
        String comment,
        String definition,
        String renamedFrom) {

    public Column {
        enumValues = List.copyOf(enumValues);
        checks = List.copyOf(checks);
    }

    /** A column whose type the dialect chooses. */
    public Column(String name, SqlType type, int length, int precision, int scale, boolean nullable, boolean unique,
                  boolean identity, List<String> enumValues, List<String> checks, String comment) {
        this(name, type, length, precision, scale, nullable, unique, identity, enumValues, checks, comment, "", "");
    }

    /** This column, nullable or not. */
    public Column withNullable(boolean value) {
        return new Column(name, type, length, precision, scale, value, unique, identity, enumValues, checks, comment, definition,
                renamedFrom);
    }

    /**
     * A not-null column of {@code type} with nothing else said: no length or precision (the dialect's defaults), not
     * unique, no checks or comment. The {@code with…} methods add what a caller needs, so that no call site spells a
     * row of zeros and falses.
     */
    public static Column of(String name, SqlType type) {
        return new Column(name, type, 0, 0, 0, false, false, false, List.of(), List.of(), "");
    }

    /** This column with a length (of a character or binary type). */
    public Column withLength(int value) {
        return new Column(name, type, value, precision, scale, nullable, unique, identity, enumValues, checks, comment, definition,
                renamedFrom);
    }

    /** This column with another length, precision and scale. */
    public Column withSize(int newLength, int newPrecision, int newScale) {
        return new Column(name, type, newLength, newPrecision, newScale, nullable, unique, identity, enumValues, checks, comment,
                definition, renamedFrom);
    }

    /** This column with these check conditions. */
    public Column withChecks(List<String> values) {
        return new Column(name, type, length, precision, scale, nullable, unique, identity, enumValues, values, comment, definition,
                renamedFrom);
    }

    /** This column with a {@code columnDefinition}: the SQL type the mapping gives verbatim. */
    public Column withDefinition(String value) {
        return new Column(name, type, length, precision, scale, nullable, unique, identity, enumValues, checks, comment, value,
                renamedFrom);
    }
}
