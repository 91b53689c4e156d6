package io.modeldoc.processor.read;

import io.modeldoc.processor.model.SqlType;
import java.util.List;

/**
 * A column as the attribute alone defines it.
 *
 * @param name       the logical name: {@code @Column(name)}, an override, or the attribute's own name
 * @param nullable   already decided from primitives, {@code @Column}, {@code @Basic} and Bean Validation
 * @param min        the least value Bean Validation allows ({@code @Min}); {@code null} when unbounded
 * @param max        the greatest value Bean Validation allows ({@code @Max}); {@code null} when unbounded
 * @param renamedFrom the column's name in the baseline ({@code @RenamedFrom}); empty when not renamed
 */
public record ColumnSource(
        String name,
        SqlType type,
        int length,
        int precision,
        int scale,
        boolean nullable,
        boolean unique,
        List<String> enumValues,
        Long min,
        Long max,
        String comment,
        String renamedFrom) {

    public ColumnSource {
        enumValues = List.copyOf(enumValues);
    }

    /** A column that was not renamed. */
    public ColumnSource(String name, SqlType type, int length, int precision, int scale, boolean nullable, boolean unique,
                        List<String> enumValues, Long min, Long max, String comment) {
        this(name, type, length, precision, scale, nullable, unique, enumValues, min, max, comment, "");
    }
}
