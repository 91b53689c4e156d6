package io.modeldoc.processor.doc;

import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.Feature;
import io.modeldoc.processor.model.Relationship;
import java.util.ArrayList;
import java.util.List;

/**
 * The technical risks the model itself shows, each one Risk Assessment bullet: removals that
 * cascade into another feature's entities, wide tables, and foreign keys no index serves.
 */
final class ModelRisks {

    /** More columns than this make a table wide: slow to scan, costly to update, hard to evolve. */
    static final int WIDE_TABLE_COLUMNS = 30;

    private final ModelLookup lookup;

    ModelRisks(ModelLookup lookup) {
        this.lookup = lookup;
    }

    List<String> technical(Feature feature, List<Entity> entities, List<TableFacts> tables, IndexCoverage.Coverage coverage) {
        List<String> risks = new ArrayList<>();
        for (Entity entity : entities) {
            for (Relationship r : entity.relationships()) {
                Entity target = lookup.entity(r.target());
                if (target != null && !target.featureSlug().equals(feature.slug()) && removes(r)) {
                    risks.add(crossFeatureRemoval(feature.slug(), entity, r, target));
                }
            }
        }
        for (TableFacts table : tables) {
            int columns = table.table().columns().size();
            if (columns > WIDE_TABLE_COLUMNS) {
                risks.add("**Wide table " + Markdown.code(table.name()) + ": " + columns + " columns** [Impact: Medium] - "
                        + "wide rows slow scans and updates; move rarely used or optional columns to a table of their own");
            }
        }
        if (!coverage.unindexed().isEmpty()) {
            List<String> keys = coverage.unindexed().stream()
                    .map(u -> DatabaseSchemaPlanner.columnsOf(u.table().name(), u.foreignKey().columns())).toList();
            risks.add("**" + Words.count(keys.size(), "foreign key") + " without an index on " + coverage.database() + "**: " + String.join(", ", keys)
                    + " [Impact: Medium] - deletes of parent rows and joins scan the child table as it grows;"
                    + " add the indexes that Query Optimization lists");
        }
        return risks;
    }

    private static boolean removes(Relationship r) {
        return r.cascade().stream().anyMatch(c -> c.equalsIgnoreCase("REMOVE") || c.equalsIgnoreCase("ALL"));
    }

    private String crossFeatureRemoval(String slug, Entity entity, Relationship r, Entity target) {
        Feature other = lookup.feature(target.featureSlug());
        String otherName = other == null ? target.featureSlug() : other.name();
        return "**Removal cascades into feature " + Markdown.inline(otherName) + "**: " + lookup.entityLink(slug, entity) + " "
                + Markdown.code(r.attribute()) + " → " + lookup.entityLink(slug, target) + " [Impact: High] - "
                + "a removal crosses aggregates and deletes data another feature owns; keep `REMOVE` and `ALL` within one aggregate";
    }
}
