package io.modeldoc.processor.doc;

import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.Feature;
import io.modeldoc.processor.model.NamedQuery;
import io.modeldoc.processor.model.Rule;
import io.modeldoc.processor.sql.Dialect;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans Monitoring &amp; Maintenance: the volume to watch against the stated growth, the queries
 * to time, the rules only the application keeps, and the archival and index upkeep to schedule.
 */
final class MonitoringPlanner {

    private final ModelLookup lookup;
    private final Dialect dialect;

    MonitoringPlanner(ModelLookup lookup, Dialect dialect) {
        this.lookup = lookup;
        this.dialect = dialect;
    }

    /** {@code null} when nothing states a volume, a query, a target, an application rule, an archival, an index or a large object. */
    MonitoringSection plan(Feature feature, List<Entity> entities, List<TableFacts> tables) {
        String slug = feature.slug();
        List<LabelledValue> metrics = new ArrayList<>();
        List<String> volumes = new ArrayList<>();
        PerformancePlanner.volumeAndGrowth(feature.usage()).ifPresent(volumes::add);
        for (Entity entity : entities) {
            PerformancePlanner.volumeAndGrowth(entity.usage()).ifPresent(v -> volumes.add(lookup.entityLink(slug, entity) + ": " + v));
        }
        if (!volumes.isEmpty() && !tables.isEmpty()) {
            metrics.add(new LabelledValue("Data Volume", "row counts and size of "
                    + Words.series(tables.stream().map(t -> Markdown.code(t.name())).toList())
                    + ", against the volume stated under Usage Patterns"));
        }
        List<String> queries = new ArrayList<>();
        entities.forEach(e -> e.queries().stream().map(NamedQuery::name).filter(n -> !n.isBlank()).map(Markdown::code).forEach(queries::add));
        List<String> targets = new ArrayList<>();
        if (feature.usage() != null && !feature.usage().performance().isBlank()) {
            targets.add(Markdown.inline(feature.usage().performance()));
        }
        for (Entity entity : entities) {
            if (entity.usage() != null && !entity.usage().performance().isBlank()) {
                targets.add(Markdown.inline(entity.usage().performance()) + " (" + lookup.entityLink(slug, entity) + ")");
            }
        }
        if (!queries.isEmpty() || !targets.isEmpty()) {
            String timed = queries.isEmpty() ? "the read and write patterns above"
                    : "the named " + (queries.size() == 1 ? "query " : "queries ") + Words.series(queries);
            metrics.add(new LabelledValue("Query Performance", "time " + timed
                    + (targets.isEmpty() ? "" : ", against the performance targets under Usage Patterns")));
        }
        List<String> applicationOnly = new ArrayList<>();
        for (Entity entity : entities) {
            for (Rule rule : entity.rules()) {
                if (!rule.enforcedByDatabase()) {
                    String name = rule.id().isBlank() ? "“" + Markdown.inline(rule.text().strip()) + "”" : Markdown.inline(rule.id());
                    applicationOnly.add(name + " (" + lookup.entityLink(slug, entity) + ")");
                }
            }
        }
        if (!applicationOnly.isEmpty()) {
            metrics.add(new LabelledValue("Data Quality", "count the rows breaking the rules no database constraint enforces: "
                    + String.join(", ", applicationOnly)));
        }
        List<LabelledValue> maintenance = new ArrayList<>();
        List<String> archived = entities.stream().filter(e -> !e.archival().isBlank()).map(e -> lookup.entityLink(slug, e)).toList();
        if (!archived.isEmpty()) {
            maintenance.add(new LabelledValue("Regular Cleanup", "schedule the archival of " + Words.series(archived)
                    + " as the Archival Strategy states, and alert when a run fails or falls behind"));
        }
        int indexes = tables.stream().mapToInt(t -> t.table().indexes().size()).sum();
        if (indexes > 0) {
            maintenance.add(new LabelledValue("Index Maintenance", (indexes == 1 ? "the index" : "the " + Words.count(indexes, "index"))
                    + " listed under Indexes: " + dialect.indexMaintenance()));
        }
        String largeObjects = LargeObjects.maintenance(LargeObjects.in(tables, dialect));
        if (!largeObjects.isEmpty()) {
            maintenance.add(new LabelledValue("Large Objects", largeObjects));
        }
        return metrics.isEmpty() && maintenance.isEmpty() ? null : new MonitoringSection(metrics, maintenance);
    }
}
