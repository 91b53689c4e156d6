package io.modeldoc.processor.doc;

import java.util.List;

/**
 * What changed since the baseline ({@code modeldoc.baseline}): Modified Entities and Migration
 * Strategy. {@code null} in a document built without a baseline.
 *
 * @param existingEntities the full sections of the feature's entities the baseline already had, shown under
 *                         Existing Entities (New Entities holds the others), so their anchors and details stay
 * @param modifiedEntities the feature's entities whose table changed, sorted by simple name
 * @param file             the migration's file name, e.g. {@code migration_2_add_notes.sql}
 * @param rollbackFile     the rollback's file name
 * @param dialect          the dialect shown
 * @param notes            finished sentences: transactions, warnings; what it means that the feature has no statement
 * @param forward          the migration's statements on the feature's tables, in the first dialect, inside
 *                         {@code forwardFence}; empty when the migration leaves them as they were
 * @param rollback         the rollback's statements on the feature's tables, inside {@code rollbackFence}
 * @param rollbackLosses   the rollback's statements that lose data or may, as Markdown bullets' text
 */
public record MigrationSection(List<EntitySection> existingEntities, List<ModifiedEntity> modifiedEntities, String file, String rollbackFile, String dialect,
                               List<String> notes, String forward, String forwardFence, String rollback, String rollbackFence,
                               List<String> rollbackLosses) {

    public MigrationSection {
        rollbackLosses = List.copyOf(rollbackLosses);
        existingEntities = List.copyOf(existingEntities);
        modifiedEntities = List.copyOf(modifiedEntities);
        notes = List.copyOf(notes);
    }

    /**
     * One modified entity; each list holds finished Markdown bullets' text.
     *
     * @param heading the entity's simple name, escaped
     * @param changes the changes in one sentence
     * @param otherChanges named CHECKs, indexes and named queries added, dropped or changed
     */
    public record ModifiedEntity(String heading, String changes, List<String> newFields, List<String> modifiedFields,
                                 List<String> removedFields, List<String> otherChanges) {

        public ModifiedEntity {
            newFields = List.copyOf(newFields);
            modifiedFields = List.copyOf(modifiedFields);
            removedFields = List.copyOf(removedFields);
            otherChanges = List.copyOf(otherChanges);
        }
    }
}
