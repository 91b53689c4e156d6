package io.modeldoc.processor.doc;

import java.util.List;

/**
 * One entity under New Entities.
 *
 * @param heading       the entity's simple name, escaped for a heading
 * @param purpose       escaped prose; empty when the entity has none
 * @param attributes    in declaration order
 * @param relationships one sentence each
 * @param rules         one bullet each: id, text and how it is enforced
 */
public record EntitySection(
        String heading,
        String purpose,
        List<AttributeRow> attributes,
        List<String> relationships,
        List<String> rules) {

    public EntitySection {
        attributes = List.copyOf(attributes);
        relationships = List.copyOf(relationships);
        rules = List.copyOf(rules);
    }

    /** One row of the Attributes table; every value is escaped for a table cell. */
    public record AttributeRow(String attribute, String javaType, String column, String sqlType,
                               String constraints, String description) {
    }
}
