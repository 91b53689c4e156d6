package io.modeldoc.processor.read;

import io.modeldoc.processor.model.AttributeKind;
import io.modeldoc.processor.model.Sensitivity;
import java.util.List;

/**
 * One persistent attribute as written.
 *
 * @param name        the Java name; {@code address.city} for a part of an embedded value
 * @param column      the column of an identifier, version or basic attribute; {@code null} for associations
 * @param association the association; {@code null} for other attributes
 * @param elements    the element collection; {@code null} for other attributes
 * @param generation  how an identifier is generated; {@code null} when it is assigned
 * @param sensitivity {@code @Sensitive}, or {@code null}
 * @param audit       what the attribute records automatically ({@link io.modeldoc.processor.model.Attribute#audit()})
 * @param table       the {@code @SecondaryTable} its column or join column lives in ({@code @Column(table)},
 *                    {@code @JoinColumn(table)}, an override's); empty for the entity's primary table
 */
public record AttributeSource(
        String name,
        String javaType,
        AttributeKind kind,
        ColumnSource column,
        AssociationSource association,
        ElementCollectionSource elements,
        GenerationSource generation,
        String description,
        List<String> validations,
        Sensitivity sensitivity,
        List<RuleSource> rules,
        String audit,
        String table) {

    public AttributeSource {
        validations = List.copyOf(validations);
        rules = List.copyOf(rules);
        table = table == null ? "" : table;
    }

    /** An attribute of the entity's primary table. */
    public AttributeSource(String name, String javaType, AttributeKind kind, ColumnSource column, AssociationSource association,
                           ElementCollectionSource elements, GenerationSource generation, String description,
                           List<String> validations, Sensitivity sensitivity, List<RuleSource> rules, String audit) {
        this(name, javaType, kind, column, association, elements, generation, description, validations, sensitivity, rules,
                audit, "");
    }

    /** This attribute with another description. */
    public AttributeSource withDescription(String text) {
        return new AttributeSource(name, javaType, kind, column, association, elements, generation, text, validations, sensitivity,
                rules, audit, table);
    }

    /** This attribute as one part of a composite identifier: kind {@code ID}, its column not null. */
    public AttributeSource asIdPart() {
        return new AttributeSource(name, javaType, AttributeKind.ID, column.notNull(), association, elements, generation, description,
                validations, sensitivity, rules, audit, table);
    }

    /** Whether the attribute is (a part of) the identifier: an {@code @Id} basic value, or an {@code @Id} association. */
    public boolean isId() {
        return kind == AttributeKind.ID || association != null && association.id();
    }

    /**
     * This attribute with another association (an {@code @AssociationOverride} applied), its join column in
     * {@code joinTable}: the override's {@code @JoinColumn(table)}, else the table the attribute was in.
     */
    public AttributeSource withAssociation(AssociationSource other, String joinTable) {
        return new AttributeSource(name, javaType, kind, column, other, elements, generation, description, validations, sensitivity,
                rules, audit, joinTable.isEmpty() ? table : joinTable);
    }

    /** The attribute's own name, without the path of the embedded values around it: {@code country} for {@code site.country}. */
    public String leafName() {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
