package io.modeldoc.processor.doc;

import java.util.List;

/**
 * Performance Considerations; every label and value is escaped, and an empty list leaves its
 * subsection out.
 *
 * @param queryOptimization the index picture, foreign keys no index serves, eager associations
 * @param caching           each cached entity, with its second-level cache strategy
 * @param growth            the volume and growth the usage patterns state; empty when none
 * @param archival          each entity's {@code @Archival}, labelled with a link to the entity
 */
public record PerformanceSection(List<LabelledValue> queryOptimization, List<LabelledValue> caching, String growth,
                                 List<LabelledValue> archival) {

    public PerformanceSection {
        queryOptimization = List.copyOf(queryOptimization);
        caching = List.copyOf(caching);
        archival = List.copyOf(archival);
    }
}
