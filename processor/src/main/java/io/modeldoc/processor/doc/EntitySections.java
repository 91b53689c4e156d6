package io.modeldoc.processor.doc;

import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.Feature;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each entity's section is in its feature's document: the heading anchors every document
 * gives its entities, shared by this module's documents and by links into another module's.
 */
public final class EntitySections {

    /** Headings that precede the entity headings of a feature document, reserved before entity anchors. */
    private static final List<String> HEADINGS_BEFORE_ENTITIES = List.of("Overview", "Business Context",
            "Data Requirements", "Usage Patterns", "Current Data Model Analysis", "Existing Entities",
            "Integration Points", "Proposed Data Model", "New Entities");

    private EntitySections() {
    }

    /**
     * The anchors of one feature's entities, by qualified name.
     *
     * @param feature the feature; {@code null} when the model does not declare it
     * @param entities its entities, in document order ({@link ModelLookup#BY_SIMPLE_NAME})
     */
    static Map<String, String> anchors(Feature feature, List<Entity> entities) {
        Anchors used = new Anchors();
        if (feature != null) {
            used.reserve("Data Model Design: " + feature.name());
        }
        HEADINGS_BEFORE_ENTITIES.forEach(used::reserve);
        Map<String, String> anchors = new HashMap<>();
        entities.forEach(e -> anchors.put(e.qualifiedName(), used.next(e.simpleName())));
        return anchors;
    }

    /**
     * The entity's section in the documents of {@code model} ({@code catalogue.md#book}), relative to
     * their {@code modeldoc/} folder; empty when the model has no such entity.
     */
    public static String of(DataModel model, String qualifiedName) {
        Entity entity = model.entities().stream().filter(e -> e.qualifiedName().equals(qualifiedName)).findFirst().orElse(null);
        if (entity == null) {
            return "";
        }
        Feature feature = model.features().stream().filter(f -> f.slug().equals(entity.featureSlug())).findFirst().orElse(null);
        List<Entity> sameFeature = model.entities().stream().filter(e -> e.featureSlug().equals(entity.featureSlug()))
                .sorted(ModelLookup.BY_SIMPLE_NAME).toList();
        return entity.featureSlug() + ".md#" + anchors(feature, sameFeature).get(qualifiedName);
    }
}
