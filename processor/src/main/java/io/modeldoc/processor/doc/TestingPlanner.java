package io.modeldoc.processor.doc;

import io.modeldoc.processor.model.AttributeKind;
import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.Feature;
import io.modeldoc.processor.model.NamedQuery;
import io.modeldoc.processor.model.Relationship;
import io.modeldoc.processor.model.Rule;
import io.modeldoc.processor.model.UniqueKey;
import io.modeldoc.processor.model.Usage;
import io.modeldoc.processor.sql.ConstraintNamer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Plans Testing Strategy as a test plan says it: one unit test per entity for its Bean Validation constraints (its
 * attribute table states them) and one per rule only the application enforces; an integration test per rule the
 * database enforces, per cascade and version column, one for the unique keys, one for the named queries, and one per
 * performance target. Each fact is named, not restated: the constraints, checks and volume are said where they live.
 */
final class TestingPlanner {

    private final ModelLookup lookup;
    private final ConstraintNamer namer;

    TestingPlanner(ModelLookup lookup, ConstraintNamer namer) {
        this.lookup = lookup;
        this.namer = namer;
    }

    /** {@code null} when the model states nothing to test. */
    TestingSection plan(Feature feature, List<Entity> entities, List<TableFacts> tables) {
        String slug = feature.slug();
        List<String> unit = new ArrayList<>();
        List<String> integration = new ArrayList<>();
        List<String> validated = new ArrayList<>();
        List<String> checks = new ArrayList<>();
        for (Entity entity : entities) {
            String link = lookup.entityLink(slug, entity);
            long constraints = entity.attributes().stream().flatMap(a -> a.validations().stream()).filter(v -> !v.isBlank()).count();
            if (constraints > 0) {
                validated.add(link + " (" + Words.count((int) constraints, "constraint") + ")");
            }
            for (Rule rule : entity.rules()) {
                String name = ruleName(rule);
                if (rule.enforcedByDatabase()) {
                    checks.add(name + " (" + Markdown.code(rule.checkName()) + ", " + link + ")");
                } else {
                    unit.add(link + " " + name + ": " + RuleText.text(rule) + " (checked in the application)");
                }
            }
        }
        if (!validated.isEmpty()) {
            // One line for what one parameterised test covers: the constraints themselves are in the attribute rows.
            unit.add(0, "Bean Validation, for " + (validated.size() == 1 ? "" : "each of ") + Words.series(validated)
                    + ": a valid instance passes, and one breaking any one of its constraints is rejected");
        }
        if (!checks.isEmpty()) {
            integration.add((checks.size() == 1 ? "The database CHECK of " : "Each database CHECK rejects a row breaking its rule: ")
                    + Words.series(checks) + (checks.size() == 1 ? " rejects a row breaking it" : ""));
        }
        List<String> uniques = new ArrayList<>();
        for (TableFacts table : tables) {
            for (UniqueKey key : uniqueKeys(table)) {
                String name = namer.uniqueKey(table.table(), key);
                uniques.add(name.isBlank() ? DatabaseSchemaPlanner.columnsOf(table.name(), key.columns()) : Markdown.code(name));
            }
        }
        if (!uniques.isEmpty()) {
            integration.add((uniques.size() == 1 ? "The unique key " : "Each unique key (") + Words.series(uniques)
                    + (uniques.size() == 1 ? "" : ")") + " rejects a second row with the same values");
        }
        List<String> queries = new ArrayList<>();
        for (Entity entity : entities) {
            String link = lookup.entityLink(slug, entity);
            for (Relationship r : entity.relationships()) {
                if (!r.cascade().isEmpty() || r.orphanRemoval()) {
                    integration.add(cascade(slug, entity, r));
                }
            }
            if (entity.attributes().stream().anyMatch(a -> a.kind() == AttributeKind.VERSION)) {
                integration.add(link + ": of two concurrent updates of one row, the second fails with an optimistic lock error");
            }
            for (NamedQuery query : entity.queries()) {
                queries.add(Markdown.code(query.name()));
            }
        }
        if (!queries.isEmpty()) {
            integration.add((queries.size() == 1 ? "The named query " : "The named queries ") + Words.series(queries)
                    + (queries.size() == 1 ? " runs on the schema and returns" : " run on the schema and return") + " the expected rows");
        }
        performance(feature.usage(), "").ifPresent(integration::add);
        for (Entity entity : entities) {
            performance(entity.usage(), " (" + lookup.entityLink(slug, entity) + ")").ifPresent(integration::add);
        }
        return unit.isEmpty() && integration.isEmpty() ? null : new TestingSection(unit, integration);
    }

    private static String ruleName(Rule rule) {
        return rule.id().isBlank() ? "“" + Markdown.inline(rule.text().strip()) + "”" : Markdown.inline(rule.id());
    }

    /** Single-column unique columns first, then the declared unique keys, as the index table lists them. */
    private static List<UniqueKey> uniqueKeys(TableFacts table) {
        List<UniqueKey> keys = new ArrayList<>();
        table.table().columns().stream().filter(c -> c.unique()).forEach(c -> keys.add(new UniqueKey("", List.of(c.name()))));
        keys.addAll(table.table().uniqueKeys());
        return keys;
    }

    /** {@code [PurchaseOrder](#purchaseorder) `lines`: persist and merge reach the order lines; ...}. */
    private String cascade(String slug, Entity entity, Relationship r) {
        Entity target = lookup.entity(r.target());
        String noun = Words.noun(target == null ? AttributeConstraints.simpleName(r.target()) : target.simpleName());
        List<String> operations = r.cascade().stream().anyMatch(c -> c.equalsIgnoreCase("ALL"))
                ? List.of("persist", "merge", "remove", "refresh", "detach")
                : r.cascade().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        List<String> checks = new ArrayList<>();
        if (!operations.isEmpty()) {
            checks.add(Markdown.inline(Words.series(operations)) + " reach the "
                    + Markdown.inline(r.cardinality().toOne() ? noun : Words.plural(noun)));
        }
        if (r.orphanRemoval()) {
            checks.add(r.cardinality().toOne()
                    ? "the " + Markdown.inline(noun) + " is deleted once no longer referenced"
                    : "one taken out of the collection is deleted");
        }
        return lookup.entityLink(slug, entity) + " " + Markdown.code(r.attribute()) + ": " + String.join("; ", checks);
    }

    /** {@code Order history under 100 ms ... holds at: About 40,000 orders a month}; empty when no target is stated. */
    private static Optional<String> performance(Usage usage, String where) {
        if (usage == null || usage.performance().isBlank()) {
            return Optional.empty();
        }
        String volume = usage.volume().isBlank() ? "" : ", with the volume stated under Usage Patterns";
        return Optional.of("Performance: " + Markdown.inline(usage.performance()) + where + volume);
    }
}
