package io.modeldoc.processor.doc;

import io.modeldoc.processor.model.Entity;
import java.util.List;

/** Plans Performance Considerations from the entities' {@code @Archival}. */
final class PerformancePlanner {

    private final ModelLookup lookup;

    PerformancePlanner(ModelLookup lookup) {
        this.lookup = lookup;
    }

    /** {@code null} when no entity states how its data is archived. */
    PerformanceSection plan(String slug, List<Entity> entities) {
        List<LabelledValue> archival = entities.stream()
                .filter(entity -> !entity.archival().isBlank())
                .map(entity -> new LabelledValue(lookup.entityLink(slug, entity), Markdown.inline(entity.archival())))
                .toList();
        return archival.isEmpty() ? null : new PerformanceSection(archival);
    }
}
