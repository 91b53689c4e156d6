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
     * @param entities its entities, in document order ({@link #inDocumentOrder})
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
     * The entities in the order of their sections: by simple name, except that a hierarchy's subtypes follow their
     * base (each subtree in name order), so that a reader meets the base before what extends it.
     *
     * @param all every entity of the model by qualified name, to find the bases
     */
    static List<Entity> inDocumentOrder(List<Entity> entities, Map<String, Entity> all) {
        Map<String, List<String>> paths = new HashMap<>();
        for (Entity entity : entities) {
            java.util.LinkedList<String> path = new java.util.LinkedList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Entity level = entity; level != null && seen.add(level.qualifiedName()); level = parentOf(level, all)) {
                path.addFirst(level.simpleName() + " " + level.qualifiedName());
            }
            paths.put(entity.qualifiedName(), path);
        }
        return entities.stream().sorted((a, b) -> compare(paths.get(a.qualifiedName()), paths.get(b.qualifiedName()))).toList();
    }

    private static Entity parentOf(Entity entity, Map<String, Entity> all) {
        return entity.inheritance() == null || entity.inheritance().isBase() ? null : all.get(entity.inheritance().parent());
    }

    private static int compare(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int order = a.get(i).compareTo(b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
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
        Map<String, Entity> all = new HashMap<>();
        model.entities().forEach(e -> all.put(e.qualifiedName(), e));
        List<Entity> sameFeature = inDocumentOrder(model.entities().stream()
                .filter(e -> e.featureSlug().equals(entity.featureSlug())).toList(), all);
        return entity.featureSlug() + ".md#" + anchors(feature, sameFeature).get(qualifiedName);
    }
}
