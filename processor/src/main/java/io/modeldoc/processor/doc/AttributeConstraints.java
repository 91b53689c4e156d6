package io.modeldoc.processor.doc;

import io.modeldoc.processor.model.Attribute;
import io.modeldoc.processor.model.AttributeKind;
import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.ExternalEntity;
import io.modeldoc.processor.model.Relationship;
import io.modeldoc.processor.model.SqlType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The constraints cell of an attribute row, in words: key, generation, nullability, uniqueness,
 * foreign key, allowed values, Bean Validation, sensitivity ({@code primary key, identity},
 * {@code not null, unique}, {@code foreign key → `customer`}, {@code one of `NEW`, `PAID`}).
 */
final class AttributeConstraints {

    private final ModelLookup lookup;

    AttributeConstraints(ModelLookup lookup) {
        this.lookup = lookup;
    }

    /**
     * @param table        the entity's table, or {@code null} when the model has none
     * @param relationship the association the attribute holds, or {@code null}
     */
    String describe(Entity entity, Attribute attribute, TableFacts table, Relationship relationship) {
        Set<String> parts = new LinkedHashSet<>();
        List<Column> columns = columns(attribute, table);
        if (columns.isEmpty() && relationship != null) {
            association(parts, entity, relationship);
        }
        if (!attribute.mapKey().isEmpty()) {
            parts.add(keyedBy(attribute));
        }
        boolean primaryKey = attribute.kind() == AttributeKind.ID
                || (!columns.isEmpty() && columns.stream().allMatch(c -> table.inPrimaryKey(c.name())));
        if (primaryKey) {
            parts.add("primary key");
        }
        if (!attribute.generation().isBlank()) {
            parts.add(Markdown.cell(attribute.generation()));
        } else if (columns.stream().anyMatch(Column::identity)) {
            parts.add("identity");
        }
        if (attribute.kind() == AttributeKind.VERSION) {
            parts.add("optimistic lock version");
        }
        if (!primaryKey && !columns.isEmpty() && columns.stream().noneMatch(Column::nullable)) {
            parts.add("not null");
        }
        if (columns.size() == 1 && table.unique(columns.get(0).name())) {
            parts.add("unique");
        }
        columns.stream().map(c -> table.foreignKey(c.name())).filter(fk -> fk != null).distinct()
                .forEach(fk -> parts.add("foreign key → " + Markdown.codeCell(fk.referencedNamespace().qualify(fk.referencedTable()))
                        + onDelete(entity, fk.referencedTable())));
        columns.stream().filter(c -> !c.enumValues().isEmpty()).forEach(c -> parts.add(allowedValues(c)));
        for (String validation : attribute.validations()) {
            boolean repeated = ValidationWords.isNotNull(validation) && (primaryKey || parts.contains("not null"));
            if (!validation.isBlank() && !repeated) {
                parts.add(ValidationWords.cell(validation, attribute.javaType()));
            }
        }
        String setBy = setBy(attribute.audit());
        if (!setBy.isEmpty()) {
            parts.add(setBy);
        }
        if (attribute.sensitivity() != null) {
            parts.add("sensitive: " + Markdown.cell(attribute.sensitivity().classification()));
        }
        return String.join(", ", parts);
    }

    /**
     * {@code (on delete: no action; removed with its purchase order)}: the database refuses to delete a parent row
     * that rows still reference (ModelDoc writes no {@code on delete} clause); where the parent cascades removal to this
     * entity, the application deletes the rows first.
     */
    private String onDelete(Entity entity, String referencedTable) {
        TableFacts parentTable = lookup.table(referencedTable);
        Entity parent = parentTable == null ? null : parentTable.owner();
        boolean cascades = parent != null && parent.relationships().stream().anyMatch(r -> r.target().equals(entity.qualifiedName())
                && r.cascade().stream().anyMatch(c -> c.equalsIgnoreCase("ALL") || c.equalsIgnoreCase("REMOVE")));
        return " (on delete: no action" + (cascades ? "; removed with its " + Markdown.cell(Words.noun(parent.simpleName())) + " by cascade"
                : "") + ")";
    }

    /** {@code set on insert}: when the callback behind an audit attribute writes it; empty for other attributes. */
    private static String setBy(String audit) {
        return switch (audit) {
            case "creation time", "creating user" -> "set on insert";
            case "last modification time", "last modifying user" -> "set on insert and update";
            default -> "";
        };
    }

    /** {@code keyed by `code`}: what keys a map attribute. */
    static String keyedBy(Attribute attribute) {
        return "keyed by " + String.join(", ", attribute.mapKey().stream().map(Markdown::codeCell).toList());
    }

    /** The attribute's columns as the table defines them; a column the table lacks is skipped. */
    static List<Column> columns(Attribute attribute, TableFacts table) {
        List<Column> columns = new ArrayList<>(attribute.columns().size());
        if (table != null) {
            for (String name : attribute.columns()) {
                Column column = table.column(name);
                if (column != null) {
                    columns.add(column);
                }
            }
        }
        return columns;
    }

    /** An association kept elsewhere (to-many, or the inverse side): where it points and how. */
    private void association(Set<String> parts, Entity entity, Relationship relationship) {
        Entity target = lookup.entity(relationship.target());
        ExternalEntity external = lookup.external(relationship.target());
        parts.add("→ " + (target != null ? lookup.entityLink(entity.featureSlug(), target)
                : external != null ? lookup.externalLink(external, Markdown.cell(external.simpleName()))
                : Markdown.codeCell(simpleName(relationship.target()))));
        if (!relationship.joinTable().isBlank()) {
            parts.add("join table " + Markdown.codeCell(lookup.qualifiedTable(relationship.joinTable())));
        }
        if (!relationship.mappedBy().isBlank()) {
            String owner = (target == null ? simpleName(relationship.target()) : target.simpleName()) + "." + relationship.mappedBy();
            parts.add("mapped by " + Markdown.codeCell(owner));
        }
    }

    /** {@code one of `NEW`, `PAID`}; an enum stored by position also shows each constant's number. */
    private static String allowedValues(Column column) {
        List<String> values = new ArrayList<>(column.enumValues().size());
        for (int i = 0; i < column.enumValues().size(); i++) {
            String value = Markdown.codeCell(column.enumValues().get(i));
            values.add(column.type() == SqlType.ENUM_ORDINAL ? i + " = " + value : value);
        }
        return "one of " + String.join(", ", values);
    }

    static String simpleName(String qualifiedName) {
        return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }
}
