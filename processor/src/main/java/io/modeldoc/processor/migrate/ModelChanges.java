package io.modeldoc.processor.migrate;

import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.Table;
import java.util.List;
import java.util.Optional;

/**
 * What the design document needs to know about a baseline: the diff, and the first dialect's
 * migration and rollback scripts with their file names.
 *
 * @param forwardScript  the migration script as written to its file (with Liquibase, the changelog)
 * @param rollbackScript the rollback script as written to its file (with Liquibase, the changelog's rollback as a script)
 * @param rollbackLosses the rollback's statements that lose data or may, in words ({@link Migration#losses()})
 * @param dropsFile      with {@code modeldoc.migration.drops=later}, the file of the drops that come later; empty otherwise
 * @param laterDrops     what that file drops, in words ({@link Migration#losses()})
 */
public record ModelChanges(SchemaDiff diff, MigrationFiles.Names names, String dialect, boolean transactional,
                           String forwardScript, String rollbackScript, List<DataLoss> rollbackLosses, String dropsFile,
                           List<String> laterDrops) {

    public ModelChanges {
        rollbackLosses = List.copyOf(rollbackLosses);
        laterDrops = List.copyOf(laterDrops);
    }

    /** The changes of the outputs' first dialect. */
    public static ModelChanges of(DataModel baseline, DataModel current, MigrationOutputs outputs) {
        String dialect = outputs.primary().forward().dialect();
        return new ModelChanges(SchemaDiff.between(baseline, current, Renames.declaredBy(current)), outputs.names(), dialect,
                outputs.primary().forward().transactional(), outputs.shown().forward(), outputs.shown().rollback(),
                outputs.primary().rollback().losses(), outputs.drops() == null ? "" : outputs.drops().forward(),
                outputs.drops() == null ? List.of() : outputs.primary().drops().losses().stream().map(DataLoss::words).toList());
    }

    /** Whether the entity's table is new since the baseline. */
    public boolean isNew(Entity entity) {
        return diff.created().stream().anyMatch(t -> t.name().equals(entity.table()));
    }

    /** The change of the entity's table, if it existed in the baseline. */
    public Optional<TableChange> changeOf(Entity entity) {
        return diff.kept().stream().filter(k -> k.to().name().equals(entity.table())).findFirst();
    }

    /** The feature slug a dropped table belonged to in the baseline; empty when it was a join table or unknown. */
    public String featureOf(Table dropped) {
        return diff.from().entities().stream().filter(e -> e.qualifiedName().equals(dropped.entity()))
                .map(Entity::featureSlug).findFirst().orElse("");
    }
}
