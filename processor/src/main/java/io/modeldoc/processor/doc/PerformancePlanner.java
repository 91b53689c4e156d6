package io.modeldoc.processor.doc;

import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.Feature;
import io.modeldoc.processor.model.Relationship;
import io.modeldoc.processor.model.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Plans Performance Considerations: how well the indexes serve the foreign keys, associations
 * loaded eagerly, the second-level cache, and how the data grows and is archived.
 */
final class PerformancePlanner {

    /** What each Hibernate cache concurrency strategy means for readers of the cached data. */
    private static final Map<String, String> CACHE_STRATEGIES = Map.of(
            "READ_ONLY", "for data that is never updated; an update of a cached row fails",
            "NONSTRICT_READ_WRITE", "a read may see the old row for a moment after an update",
            "READ_WRITE", "soft locks keep reads consistent with concurrent updates",
            "TRANSACTIONAL", "the cache takes part in JTA transactions");

    private final ModelLookup lookup;

    PerformancePlanner(ModelLookup lookup) {
        this.lookup = lookup;
    }

    /** {@code null} when the feature has no tables, no cache, no archival and no stated growth. */
    PerformanceSection plan(Feature feature, List<Entity> entities, List<TableFacts> tables, IndexCoverage.Coverage coverage) {
        String slug = feature.slug();
        List<LabelledValue> optimization = new ArrayList<>();
        if (!tables.isEmpty()) {
            optimization.add(new LabelledValue("Indexes", indexes(tables, coverage)));
        }
        for (IndexCoverage.Unindexed gap : coverage.unindexed()) {
            String columns = DatabaseSchemaPlanner.columnsOf(gap.table().name(), gap.foreignKey().columns());
            optimization.add(new LabelledValue("Foreign key without an index", columns + " (" + Markdown.code(gap.name())
                    + "): " + coverage.database() + " does not index foreign keys, so deleting or updating a row of "
                    + Markdown.code(gap.foreignKey().referencedTable()) + ", and every join from it, scans "
                    + Markdown.code(gap.table().name()) + "; add an index on " + columns));
        }
        for (Entity entity : entities) {
            for (Relationship r : entity.relationships()) {
                if (r.fetch().equalsIgnoreCase("EAGER")) {
                    optimization.add(new LabelledValue("Eager association", eager(slug, entity, r)));
                }
            }
        }
        List<LabelledValue> caching = new ArrayList<>();
        for (Entity entity : entities) {
            if (!entity.cache().isBlank()) {
                caching.add(new LabelledValue(lookup.entityLink(slug, entity), cache(entity.cache(), entity.cacheRegion())));
            }
        }
        List<LabelledValue> archival = entities.stream()
                .filter(entity -> !entity.archival().isBlank())
                .map(entity -> new LabelledValue(lookup.entityLink(slug, entity), Markdown.inline(entity.archival())))
                .toList();
        String growth = growth(feature, entities);
        if (!growth.isEmpty() && archival.isEmpty()) {
            growth += "; no entity states how its data is archived (`@Archival`)";
        }
        if (optimization.isEmpty() && caching.isEmpty() && growth.isEmpty() && archival.isEmpty()) {
            return null;
        }
        return new PerformanceSection(optimization, caching, growth, archival);
    }

    /** {@code 5 primary keys, 6 unique keys and 6 performance indexes; 4 of 5 foreign keys are the leading columns …}. */
    private static String indexes(List<TableFacts> tables, IndexCoverage.Coverage coverage) {
        int primary = 0;
        int unique = 0;
        int indexes = 0;
        int foreignKeys = 0;
        for (TableFacts table : tables) {
            primary += table.table().primaryKey().isEmpty() ? 0 : 1;
            unique += (int) table.table().columns().stream().filter(c -> c.unique()).count() + table.table().uniqueKeys().size();
            indexes += table.table().indexes().size();
            foreignKeys += table.table().foreignKeys().size();
        }
        List<String> kinds = new ArrayList<>();
        if (primary > 0) {
            kinds.add(Words.count(primary, "primary key"));
        }
        if (unique > 0) {
            kinds.add(Words.count(unique, "unique key"));
        }
        kinds.add(indexes == 0 ? "no performance index" : Words.count(indexes, "performance index"));
        String counts = Words.series(kinds);
        if (foreignKeys == 0) {
            return counts + "; no foreign key";
        }
        if (coverage.databaseIndexesFks()) {
            return counts + "; the database indexes foreign keys itself (" + Words.count(foreignKeys, "foreign key") + ")";
        }
        return counts + "; " + (foreignKeys - coverage.unindexed().size()) + " of " + Words.count(foreignKeys, "foreign key")
                + " are the leading columns of a key or index";
    }

    /** {@code loading order lines also loads their books}: a join or a query more on every load. */
    private String eager(String slug, Entity entity, Relationship r) {
        Entity target = lookup.entity(r.target());
        String targetName = target == null ? AttributeConstraints.simpleName(r.target()) : target.simpleName();
        String targets = Words.plural(Words.noun(targetName));
        return lookup.entityLink(slug, entity) + " " + Markdown.code(r.attribute()) + " ("
                + r.cardinality().name().toLowerCase(Locale.ROOT).replace('_', '-') + "): loading "
                + Markdown.inline(Words.plural(Words.noun(entity.simpleName()))) + " also loads "
                + (r.cardinality().toOne() ? "their " : "all their ") + Markdown.inline(targets)
                + "; make it lazy unless every use needs them";
    }

    /** @param region the region {@code @Cache(region)} names; empty for the default, the entity's name */
    private static String cache(String usage, String region) {
        if (usage.equalsIgnoreCase("cacheable")) {
            return "second-level cache (`@Cacheable`), with the provider's default concurrency strategy and region";
        }
        String strategy = usage.toUpperCase(Locale.ROOT);
        String meaning = CACHE_STRATEGIES.get(strategy);
        String where = region.isBlank() ? "in the entity's default region" : "in region " + Markdown.code(region);
        return "second-level cache, " + Markdown.code(strategy) + " (Hibernate `@Cache`), " + where
                + (meaning == null ? "" : ": " + meaning);
    }

    /** The volume and growth of the feature, then of each entity that states its own; empty when none does. */
    private String growth(Feature feature, List<Entity> entities) {
        List<String> growth = new ArrayList<>();
        volumeAndGrowth(feature.usage()).ifPresent(growth::add);
        for (Entity entity : entities) {
            volumeAndGrowth(entity.usage()).ifPresent(growth::add);
        }
        // Said once, under Usage Patterns; here only where to find it.
        return growth.isEmpty() ? "" : "as stated under Usage Patterns";
    }

    /** {@code About 40,000 orders a month, growth +25 % a year}, escaped; empty when neither is stated. */
    static Optional<String> volumeAndGrowth(Usage usage) {
        if (usage == null || (usage.volume().isBlank() && usage.growth().isBlank())) {
            return Optional.empty();
        }
        String growth = usage.growth().isBlank() ? "" : "growth " + usage.growth().strip();
        String said = usage.volume().isBlank() ? growth : growth.isEmpty() ? usage.volume() : usage.volume().strip() + ", " + growth;
        return Optional.of(Markdown.inline(said));
    }
}
