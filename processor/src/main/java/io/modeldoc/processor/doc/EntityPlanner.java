package io.modeldoc.processor.doc;

import io.modeldoc.processor.model.Attribute;
import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.Relationship;
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

    EntityPlanner(ModelLookup lookup, Dialect dialect) {
        this.lookup = lookup;
        this.dialect = dialect;
        this.constraints = new AttributeConstraints(lookup);
        this.sentences = new RelationshipSentences(lookup);
    }

    EntitySection plan(Entity entity) {
        TableFacts table = lookup.table(entity.table());
        Map<String, Relationship> relationshipOf = new HashMap<>();
        entity.relationships().forEach(r -> relationshipOf.putIfAbsent(r.attribute(), r));
        List<EntitySection.AttributeRow> rows = new ArrayList<>(entity.attributes().size());
        for (Attribute attribute : entity.attributes()) {
            rows.add(row(entity, attribute, table, relationshipOf.get(attribute.name())));
        }
        return new EntitySection(
                Markdown.heading(entity.simpleName()),
                Markdown.inline(entity.purpose()),
                rows,
                entity.relationships().stream().map(r -> sentences.sentence(entity, r)).toList(),
                entity.rules().stream().map(RuleText::bullet).toList());
    }

    private EntitySection.AttributeRow row(Entity entity, Attribute attribute, TableFacts table, Relationship relationship) {
        List<Column> columns = AttributeConstraints.columns(attribute, table);
        String columnCell = attribute.columns().isEmpty() ? NONE
                : String.join(", ", attribute.columns().stream().map(Markdown::codeCell).toList());
        String typeCell = columns.isEmpty() ? NONE
                : String.join(", ", columns.stream().map(c -> Markdown.codeCell(dialect.typeOf(c))).toList());
        return new EntitySection.AttributeRow(
                Markdown.codeCell(attribute.name()),
                Markdown.codeCell(attribute.javaType()),
                columnCell,
                typeCell,
                constraints.describe(entity, attribute, table, relationship),
                Markdown.cell(attribute.description()));
    }
}
