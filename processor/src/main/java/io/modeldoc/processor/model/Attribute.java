package io.modeldoc.processor.model;

import java.util.List;

/**
 * A persistent attribute of an entity.
 *
 * @param name        the Java name; parts of an embedded value are {@code address.city}
 * @param javaType    the declared type as a reader would write it: {@code String}, {@code List<Book>}
 * @param kind        what the attribute maps to
 * @param columns     the columns it occupies in the entity's table, in order; empty for inverse
 *                    and to-many sides, which live in another table
 * @param description from {@code @Purpose}, else the Javadoc; empty when neither exists
 * @param generation  how the value is generated, in words ({@code identity column},
 *                    {@code sequence book_seq}, {@link #TABLE_GENERATOR} and the table's name); empty when it is
 *                    assigned by the application
 * @param validations Bean Validation constraints in words ({@code not null}, {@code size ≤ 120})
 * @param sensitivity the {@code @Sensitive} marking, or {@code null}
 * @param audit       what the attribute records automatically, in words ({@code creation time},
 *                    {@code last modification time}, {@code creating user}, {@code last modifying user});
 *                    empty when nothing
 * @param mapKey      what keys a {@code Map} attribute: the target's attribute named by {@code @MapKey}
 *                    ({@code code}), else the key's own columns ({@code currency}); empty for other attributes
 * @param elements    where an element collection keeps its values; {@code null} for other attributes
 */
public record Attribute(
        String name,
        String javaType,
        AttributeKind kind,
        List<String> columns,
        String description,
        String generation,
        List<String> validations,
        Sensitivity sensitivity,
        String audit,
        List<String> mapKey,
        ElementCollection elements) {

    /** How {@link #generation()} begins for a {@code @TableGenerator}, before the name of its table. */
    public static final String TABLE_GENERATOR = "table generator ";

    public Attribute {
        columns = List.copyOf(columns);
        validations = List.copyOf(validations);
        mapKey = List.copyOf(mapKey);
    }

    /** An attribute that is no element collection. */
    public Attribute(String name, String javaType, AttributeKind kind, List<String> columns, String description, String generation,
                     List<String> validations, Sensitivity sensitivity, String audit, List<String> mapKey) {
        this(name, javaType, kind, columns, description, generation, validations, sensitivity, audit, mapKey, null);
    }

    /** An attribute that is no map. */
    public Attribute(String name, String javaType, AttributeKind kind, List<String> columns, String description, String generation,
                     List<String> validations, Sensitivity sensitivity, String audit) {
        this(name, javaType, kind, columns, description, generation, validations, sensitivity, audit, List.of());
    }

    public boolean documented() {
        return !description.isEmpty();
    }

    /**
     * Whether the documentation lint asks for a description and {@code index.md} counts it in the
     * coverage: identifiers and version counters say what they are, so neither does.
     */
    public boolean wantsDescription() {
        return kind != AttributeKind.ID && kind != AttributeKind.VERSION;
    }
}
