package io.modeldoc.processor.doc;

import io.modeldoc.processor.model.Attribute;
import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.Feature;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Plans {@code index.md}: every feature with its status and documentation coverage, and its entities. */
final class IndexPlanner {

    private final ModelLookup lookup;

    IndexPlanner(ModelLookup lookup) {
        this.lookup = lookup;
    }

    IndexDocument plan() {
        List<IndexDocument.FeatureRow> rows = new ArrayList<>();
        List<IndexDocument.FeatureEntities> lists = new ArrayList<>();
        for (Feature feature : lookup.model().features()) {
            List<Entity> entities = lookup.entitiesOf(feature.slug());
            int documented = 0;
            int attributes = 0;
            for (Entity entity : entities) {
                // The attributes the lint asks to describe: 100 % means the lint has nothing to say.
                for (Attribute attribute : entity.attributes()) {
                    if (!attribute.wantsDescription()) {
                        continue;
                    }
                    attributes++;
                    documented += attribute.documented() ? 1 : 0;
                }
            }
            rows.add(new IndexDocument.FeatureRow(lookup.featureLink(feature.slug()),
                    feature.status().isBlank() ? "—" : Markdown.cell(feature.status()),
                    entities.size(), coverage(documented, attributes)));
            if (!entities.isEmpty()) {
                lists.add(new IndexDocument.FeatureEntities(Markdown.heading(feature.name()),
                        entities.stream().map(e -> entry(feature, e)).toList()));
            }
        }
        return new IndexDocument(rows, lists);
    }

    /** {@code 12/15 (80 %)}, rounded down so that only a complete feature reads 100 %. */
    static String coverage(int documented, int total) {
        if (total == 0) {
            return "—";
        }
        return String.format(Locale.ROOT, "%d/%d (%d %%)", documented, total, documented * 100 / total);
    }

    private String entry(Feature feature, Entity entity) {
        String link = Markdown.link(Markdown.inline(entity.simpleName()), feature.slug() + ".md#" + lookup.anchor(entity));
        return link + " " + Markdown.code(lookup.qualifiedTable(entity.table())) + (entity.purpose().isBlank() ? "" : ": " + Markdown.inline(entity.purpose()));
    }
}
