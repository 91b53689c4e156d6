package io.modeldoc.processor.read;

import io.modeldoc.processor.model.SqlType;
import java.util.List;

/**
 * A column as the attribute alone defines it.
 *
 * @param name       the logical name: {@code @Column(name)}, an override, or the attribute's own name
 * @param nullable   already decided from primitives, {@code @Column}, {@code @Basic} and Bean Validation
 * @param required   whether the mapping itself demands a value ({@code @Column(nullable = false)},
 *                   {@code @Basic(optional = false)}), which holds even in a shared single table
 * @param primitive  whether the Java type is primitive, so a value is always present
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
        boolean required,
        boolean primitive,
        boolean unique,
        List<String> enumValues,
        Long min,
        Long max,
        String comment,
        String definition,
        String renamedFrom) {

    public ColumnSource {
        enumValues = List.copyOf(enumValues);
    }
}
