package io.modeldoc.processor.doc;

import java.util.List;

/**
 * Business Context: what the feature stores and how it is used.
 *
 * @param description  the package Javadoc, one string per paragraph
 * @param requirements the {@code @DataModel} requirements, one per bullet
 * @param usage        the feature's Read/Write Patterns, Volume and Performance bullets
 * @param entityUsage  entities whose own {@code @UsagePatterns} differ from the feature's
 */
public record BusinessContextSection(
        List<String> description,
        List<String> requirements,
        List<LabelledValue> usage,
        List<EntityUsage> entityUsage) {

    public BusinessContextSection {
        description = List.copyOf(description);
        requirements = List.copyOf(requirements);
        usage = List.copyOf(usage);
        entityUsage = List.copyOf(entityUsage);
    }

    /** One entity's usage bullets; {@code entity} is a link to its section. */
    public record EntityUsage(String entity, List<LabelledValue> usage) {

        public EntityUsage {
            usage = List.copyOf(usage);
        }
    }
}
