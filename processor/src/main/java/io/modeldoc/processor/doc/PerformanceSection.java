package io.modeldoc.processor.doc;

import java.util.List;

/**
 * Performance Considerations. For now only the Archival Strategy: each entity's {@code @Archival},
 * labelled with a link to the entity.
 */
public record PerformanceSection(List<LabelledValue> archival) {

    public PerformanceSection {
        archival = List.copyOf(archival);
    }
}
