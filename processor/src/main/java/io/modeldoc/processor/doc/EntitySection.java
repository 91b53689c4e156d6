package io.modeldoc.processor.doc;

import java.util.List;

/**
 * One entity under New Entities.
 *
 * @param heading         the entity's simple name, escaped for a heading
 * @param purpose         escaped prose; empty when the entity has none
 * @param inheritance     how the hierarchy it is the base of is stored, with its discriminator values; empty for an
 *                        entity no other extends
 * @param table           the entity's table, qualified, in code; empty when it has no secondary table and lives
 *                        in the default namespace (its name is then plain from the schema section)
 * @param secondaryTables one line per {@code @SecondaryTable}: its qualified name and how its key joins the entity's
 * @param attributes    in declaration order; a subtype's start with the key it inherits
 * @param relationships one sentence each; a subtype's start with what it is ("Each truck is a Vehicle …")
 * @param rules         one bullet each: id, text and how it is enforced
 */
public record EntitySection(
        String heading,
        String purpose,
        String inheritance,
        String table,
        List<String> secondaryTables,
        List<AttributeRow> attributes,
        List<String> relationships,
        List<String> rules) {

    public EntitySection {
        secondaryTables = List.copyOf(secondaryTables);
        attributes = List.copyOf(attributes);
        relationships = List.copyOf(relationships);
        rules = List.copyOf(rules);
    }

    /** One row of the Attributes table; every value is escaped for a table cell. */
    public record AttributeRow(String attribute, String javaType, String column, String sqlType,
                               String constraints, String description) {
    }
}
