package io.modeldoc.processor.doc;

import java.util.List;

/**
 * Everything {@code index.md.ftl} prints: the features and their entities.
 *
 * @param features one row per feature, in the model's order
 * @param entities per feature, links to its entities' sections
 */
public record IndexDocument(List<FeatureRow> features, List<FeatureEntities> entities) {

    public IndexDocument {
        features = List.copyOf(features);
        entities = List.copyOf(entities);
    }

    /** One row of the feature table; {@code coverage} reads {@code n/m (p %)}. */
    public record FeatureRow(String feature, String status, int entities, String coverage) {
    }

    /** A feature's heading and one bullet per entity. */
    public record FeatureEntities(String heading, List<String> entities) {

        public FeatureEntities {
            entities = List.copyOf(entities);
        }
    }
}
