package io.modeldoc.processor.doc;

import io.modeldoc.processor.model.Check;
import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.Rule;
import io.modeldoc.processor.model.UniqueKey;
import io.modeldoc.processor.sql.ConstraintNamer;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans Data Validation: per entity, what is validated, and for the feature as a whole what the
 * database enforces and what is left to the application.
 */
final class DataValidationPlanner {

    private final ModelLookup lookup;
    private final ConstraintNamer namer;

    DataValidationPlanner(ModelLookup lookup, ConstraintNamer namer) {
        this.lookup = lookup;
        this.namer = namer;
    }

    /** {@code null} when the feature has neither entities with rules nor tables. */
    DataValidationSection plan(String slug, List<Entity> entities, List<TableFacts> tables) {
        List<DataValidationSection.EntityRules> rules = new ArrayList<>();
        for (Entity entity : entities) {
            // Named, not restated: the constraints are in the entity's attribute table, the rules under its Business Rules.
            List<String> items = new ArrayList<>();
            long validated = entity.attributes().stream().filter(a -> a.validations().stream().anyMatch(v -> !v.isBlank())).count();
            if (validated > 0) {
                items.add("Bean Validation on " + Words.count((int) validated, "attribute"));
            }
            List<String> inDatabase = entity.rules().stream().filter(Rule::enforcedByDatabase).map(DataValidationPlanner::name).toList();
            List<String> inApplication = entity.rules().stream().filter(r -> !r.enforcedByDatabase()).map(DataValidationPlanner::name).toList();
            if (!inDatabase.isEmpty()) {
                items.add(Words.series(inDatabase) + " by database CHECK");
            }
            if (!inApplication.isEmpty()) {
                items.add(Words.series(inApplication) + " in the application");
            }
            if (!items.isEmpty()) {
                rules.add(new DataValidationSection.EntityRules(lookup.entityLink(slug, entity), items));
            }
        }
        List<LabelledValue> integrity = integrity(slug, entities, tables);
        return rules.isEmpty() && integrity.isEmpty() ? null : new DataValidationSection(rules, integrity);
    }

    private static String name(Rule rule) {
        return rule.id().isBlank() ? "“" + Markdown.inline(rule.text().strip()) + "”" : Markdown.inline(rule.id());
    }

    private List<LabelledValue> integrity(String slug, List<Entity> entities, List<TableFacts> tables) {
        List<LabelledValue> facts = new ArrayList<>();
        if (!tables.isEmpty()) {
            List<String> withoutKey = tables.stream().filter(t -> t.table().primaryKey().isEmpty()).map(t -> Markdown.code(t.name())).toList();
            facts.add(new LabelledValue("Primary keys (database)", withoutKey.isEmpty()
                    ? "every table has one (" + Words.count(tables.size(), "table") + ")"
                    : (tables.size() - withoutKey.size()) + " of " + tables.size() + " tables; " + Words.series(withoutKey) + (withoutKey.size() == 1 ? " has none" : " have none")));
        }
        // Named here, once: the DDL of a table unchanged since a baseline is not quoted.
        List<String> foreignKeys = new ArrayList<>();
        tables.forEach(t -> t.table().foreignKeys().forEach(fk -> foreignKeys.add(Markdown.code(namer.foreignKey(t.table(), fk)))));
        if (!foreignKeys.isEmpty()) {
            facts.add(new LabelledValue("Foreign keys (database)", String.join(", ", foreignKeys)));
        }
        List<String> unique = new ArrayList<>();
        List<String> checks = new ArrayList<>();
        int columns = 0;
        int notNull = 0;
        for (TableFacts table : tables) {
            for (Column column : table.table().columns()) {
                columns++;
                notNull += column.nullable() ? 0 : 1;
                if (column.unique()) {
                    unique.add(DatabaseSchemaPlanner.columnsOf(table.name(), List.of(column.name())));
                }
                if (!column.checks().isEmpty()) {
                    checks.add(Markdown.code(table.name() + "." + column.name()));
                }
            }
            for (UniqueKey key : table.table().uniqueKeys()) {
                unique.add(DatabaseSchemaPlanner.columnsOf(table.name(), key.columns()));
            }
            for (Check check : table.table().checks()) {
                checks.add(Markdown.code(check.name()));
            }
        }
        if (!unique.isEmpty()) {
            facts.add(new LabelledValue("Unique values (database)", Words.count(unique.size(), "unique key") + ", listed under Indexes"));
        }
        if (columns > 0) {
            facts.add(new LabelledValue("Not null (database)", notNull + " of " + Words.count(columns, "column")));
        }
        if (!checks.isEmpty()) {
            facts.add(new LabelledValue("Checks (database)", String.join(", ", checks)));
        }
        List<String> applicationOnly = new ArrayList<>();
        for (Entity entity : entities) {
            for (Rule rule : entity.rules()) {
                if (!rule.enforcedByDatabase()) {
                    String name = rule.id().isBlank() ? "“" + Markdown.inline(rule.text()) + "”" : Markdown.inline(rule.id());
                    applicationOnly.add(name + " (" + lookup.entityLink(slug, entity) + ")");
                }
            }
        }
        if (!applicationOnly.isEmpty()) {
            facts.add(new LabelledValue("Application only", String.join(", ", applicationOnly)));
        }
        return facts;
    }
}
