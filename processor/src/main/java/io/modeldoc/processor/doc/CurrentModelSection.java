package io.modeldoc.processor.doc;

import java.util.List;

/**
 * Current Data Model Analysis: the entities of other features this feature's tables reference
 * through a foreign key, or that reference them.
 *
 * @param existingEntities one bullet per entity of another feature
 * @param integrationPoints one row per crossing foreign key
 */
public record CurrentModelSection(List<String> existingEntities, List<IntegrationRow> integrationPoints) {

    public CurrentModelSection {
        existingEntities = List.copyOf(existingEntities);
        integrationPoints = List.copyOf(integrationPoints);
    }

    /** A foreign key crossing features; {@code feature} links the other feature's document. */
    public record IntegrationRow(String from, String columns, String to, String feature) {
    }
}
