package io.modeldoc.processor.doc;

import java.util.List;

/**
 * Proposed Data Model: the diagram and one section per entity.
 *
 * @param diagram  the Mermaid {@code erDiagram} source, without its fence
 * @param entities sorted by simple name
 */
public record ProposedModelSection(String diagram, List<EntitySection> entities) {

    public ProposedModelSection {
        entities = List.copyOf(entities);
    }
}
