package io.modeldoc.processor.read;

import io.modeldoc.processor.model.SqlType;
import java.util.List;

/**
 * A column as the attribute alone defines it.
 *
 * @param name       the logical name: {@code @Column(name)}, an override, or the attribute's own name
 * @param nullable   already decided from primitives, {@code @Column}, {@code @Basic} and Bean Validation
 * @param required   whether the column itself demands a value ({@code @Column(nullable = false)}), which holds even
 *                   in a shared single table
 * @param nonOptional whether the attribute always has a value: a primitive, or {@code @Basic(optional = false)}; in a
 *                   single table shared with other classes, a check demands it for its class's rows (Hibernate 7)
 * @param min        the least value Bean Validation allows ({@code @Min}); {@code null} when unbounded
 * @param max        the greatest value Bean Validation allows ({@code @Max}); {@code null} when unbounded
 * @param renamedFrom the column's name in the baseline ({@code @RenamedFrom}); empty when not renamed
 * @param readOnly   {@code @Column(insertable = false, updatable = false)}: the attribute reads a column another
 *                   attribute of the entity writes (typically an association's join column)
 * @param typeSize   the size the Java type alone gives, whatever {@code @Column} says: an identifier column that a
 *                   {@code @MapsId} association's explicit join column replaces has it, as in Hibernate
 */
public record ColumnSource(
        String name,
        SqlType type,
        int length,
        int precision,
        int scale,
        boolean nullable,
        boolean required,
        boolean nonOptional,
        boolean unique,
        List<String> enumValues,
        Long min,
        Long max,
        String comment,
        String definition,
        String renamedFrom,
        boolean readOnly,
        Size typeSize) {

    /** A column's length, precision and scale. */
    public record Size(int length, int precision, int scale) {
    }

    public ColumnSource {
        enumValues = List.copyOf(enumValues);
    }

    /** A column the attribute writes. */
    public ColumnSource(String name, SqlType type, int length, int precision, int scale, boolean nullable, boolean required,
                        boolean nonOptional, boolean unique, List<String> enumValues, Long min, Long max, String comment,
                        String definition, String renamedFrom) {
        this(name, type, length, precision, scale, nullable, required, nonOptional, unique, enumValues, min, max, comment,
                definition, renamedFrom, false, new Size(length, precision, scale));
    }

    /** Whether the column is of its type's largest kind (a LONG32 JDBC type): a LOB on H2 and Oracle. */
    public boolean largest() {
        return length == Integer.MAX_VALUE;
    }

    /** This column declared NOT NULL, as a part of a key is. */
    public ColumnSource notNull() {
        return new ColumnSource(name, type, length, precision, scale, false, true, nonOptional, unique, enumValues, min, max,
                comment, definition, renamedFrom, readOnly, typeSize);
    }
}
