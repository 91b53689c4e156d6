package io.modeldoc.processor.doc;

import io.modeldoc.processor.model.Attribute;
import io.modeldoc.processor.model.AttributeKind;
import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.Relationship;
import io.modeldoc.processor.model.Table;
import io.modeldoc.processor.sql.Dialect;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Plans one entity's section under New Entities: purpose, attributes, relationships, rules. */
final class EntityPlanner {

    private static final String NONE = "—";

    private final ModelLookup lookup;
    private final Dialect dialect;
    private final AttributeConstraints constraints;
    private final RelationshipSentences sentences;
    private final InheritanceSentences inheritance;
    private final ElementCollectionSentences collections;

    EntityPlanner(ModelLookup lookup, Dialect dialect) {
        this.lookup = lookup;
        this.dialect = dialect;
        this.constraints = new AttributeConstraints(lookup);
        this.sentences = new RelationshipSentences(lookup);
        this.inheritance = new InheritanceSentences(lookup);
        this.collections = new ElementCollectionSentences(lookup);
    }

    EntitySection plan(Entity entity) {
        TableFacts table = lookup.table(entity.table());
        List<TableFacts> secondaryTables = lookup.secondaryTablesOf(entity);
        Map<String, Relationship> relationshipOf = new HashMap<>();
        entity.relationships().forEach(r -> relationshipOf.putIfAbsent(r.attribute(), r));
        List<EntitySection.AttributeRow> rows = new ArrayList<>(entity.attributes().size() + 1);
        rows.addAll(inheritedKey(entity, table, secondaryTables));
        for (Attribute attribute : entity.attributes()) {
            rows.add(row(entity, attribute, table, secondaryTables, relationshipOf.get(attribute.name())));
        }
        boolean sayTable = table != null && (!secondaryTables.isEmpty() || !table.table().namespace().isDefault());
        List<String> relationships = new ArrayList<>();
        String isA = inheritance.ofSubtype(entity);
        if (!isA.isEmpty()) {
            relationships.add(isA);
        }
        entity.relationships().forEach(r -> relationships.add(sentences.sentence(entity, r)));
        entity.attributes().stream().map(a -> collections.sentence(entity, a)).filter(s -> !s.isEmpty()).forEach(relationships::add);
        return new EntitySection(
                Markdown.heading(entity.simpleName()),
                Markdown.prose(entity.purpose()),
                inheritance.ofBase(entity),
                sayTable ? Markdown.code(table.table().qualifiedName()) : "",
                secondaryTables.stream().map(s -> secondaryTable(s, table)).toList(),
                rows,
                relationships,
                entity.rules().stream().map(RuleText::bullet).toList());
    }

    /**
     * A subtype's key row: its attributes start below its base's, so without this row its table would seem keyless.
     * In a joined subtype the key columns are the subtype table's own ({@code @PrimaryKeyJoinColumn} may rename them).
     */
    private List<EntitySection.AttributeRow> inheritedKey(Entity entity, TableFacts table, List<TableFacts> secondaryTables) {
        Entity base = lookup.baseOf(entity);
        if (base == entity) {
            return List.of();
        }
        List<Attribute> keys = base.attributes().stream().filter(a -> a.kind() == AttributeKind.ID).toList();
        List<String> ownKey = table == null ? List.of() : table.table().primaryKey();
        int position = 0;
        List<EntitySection.AttributeRow> rows = new ArrayList<>();
        for (Attribute key : keys) {
            List<String> columns = new ArrayList<>();
            for (int i = 0; i < key.columns().size(); i++, position++) {
                columns.add(ownKey.size() > position ? ownKey.get(position) : key.columns().get(i));
            }
            Attribute inherited = new Attribute(key.name(), key.javaType(), AttributeKind.ID, columns, "", "", List.of(), null, "");
            EntitySection.AttributeRow row = row(entity, inherited, table, secondaryTables, null);
            rows.add(new EntitySection.AttributeRow(row.attribute(), row.javaType(), row.column(), row.sqlType(), row.constraints(),
                    "inherited from " + lookup.entityLink(entity.featureSlug(), base)));
        }
        return rows;
    }

    /**
     * {@code `product_text`: one row per row of `billing.product`, its key `id` referencing `billing.product(id)`}.
     */
    private static String secondaryTable(TableFacts secondary, TableFacts primary) {
        Table table = secondary.table();
        String joined = primary == null ? "" : ", its key " + String.join(", ", table.primaryKey().stream().map(Markdown::code).toList())
                + " referencing " + DatabaseSchemaPlanner.columnsOf(primary.table().qualifiedName(), primary.table().primaryKey());
        return Markdown.code(table.qualifiedName()) + ": at most one row per row of "
                + (primary == null ? "the entity's table" : Markdown.code(primary.table().qualifiedName())) + joined;
    }

    /**
     * The table holding the attribute's columns: the entity's own, else the secondary table that has them all
     * ({@code @Column(table)}, {@code @JoinColumn(table)}).
     */
    private static TableFacts home(Attribute attribute, TableFacts table, List<TableFacts> secondaryTables) {
        if (attribute.columns().isEmpty() || table != null && attribute.columns().stream().allMatch(c -> table.column(c) != null)) {
            return table;
        }
        for (TableFacts secondary : secondaryTables) {
            if (attribute.columns().stream().allMatch(c -> secondary.column(c) != null)) {
                return secondary;
            }
        }
        return table;
    }

    private EntitySection.AttributeRow row(Entity entity, Attribute attribute, TableFacts primary, List<TableFacts> secondaryTables,
                                           Relationship relationship) {
        TableFacts collectionTable = collections.table(attribute);
        if (collectionTable != null) {
            // An element collection's values are columns of its collection table: shown like any other column.
            attribute = new Attribute(attribute.name(), attribute.javaType(), attribute.kind(),
                    ElementCollectionSentences.valueColumns(attribute, collectionTable), attribute.description(),
                    attribute.generation(), attribute.validations(), attribute.sensitivity(), attribute.audit(), attribute.mapKey(),
                    attribute.elements());
        }
        TableFacts table = collectionTable != null ? collectionTable : home(attribute, primary, secondaryTables);
        List<Column> columns = AttributeConstraints.columns(attribute, table);
        String constraintCell = constraints.describe(entity, attribute, table, relationship);
        if (columns.stream().anyMatch(c -> LargeObjects.isOne(c, dialect))) {
            constraintCell = constraintCell.isEmpty() ? LargeObjects.AT_COLUMN : constraintCell + ", " + LargeObjects.AT_COLUMN;
        }
        if (table != primary) {
            // said first: where the value lives, since it is not the entity's table
            String in = "in " + Markdown.codeCell(table.table().qualifiedName());
            constraintCell = constraintCell.isEmpty() ? in : in + ", " + constraintCell;
        }
        String columnCell = attribute.columns().isEmpty() ? NONE
                : String.join(", ", attribute.columns().stream().map(Markdown::codeCell).toList());
        String typeCell = columns.isEmpty() ? NONE
                : String.join(", ", columns.stream().map(c -> Markdown.codeCell(dialect.typeOf(c))).toList());
        return new EntitySection.AttributeRow(
                Markdown.codeCell(attribute.name()),
                Markdown.codeCell(attribute.javaType()),
                columnCell,
                typeCell,
                constraintCell,
                Markdown.proseCell(attribute.description()));
    }
}
