package io.modeldoc.processor.doc;

import io.modeldoc.processor.migrate.ChangeWords;
import io.modeldoc.processor.migrate.ColumnChange;
import io.modeldoc.processor.migrate.ModelChanges;
import io.modeldoc.processor.migrate.TableChange;
import io.modeldoc.processor.model.Attribute;
import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.Table;
import io.modeldoc.processor.sql.Dialect;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Plans the document parts a baseline feeds: Modified Entities, Migration Strategy, data-loss risks, existing entities. */
final class MigrationStrategyPlanner {

    private final ModelChanges changes;
    private final Dialect dialect;
    private final ChangeWords words;

    MigrationStrategyPlanner(ModelChanges changes, Dialect dialect) {
        this.changes = changes;
        this.dialect = dialect;
        this.words = new ChangeWords(dialect);
    }

    /** The entities New Entities holds: all of them without a baseline, else those whose table is new. */
    List<Entity> newEntities(List<Entity> entities) {
        return changes == null ? entities : entities.stream().filter(changes::isNew).toList();
    }

    /** The entities the baseline already had; none without a baseline. */
    List<Entity> oldEntities(List<Entity> entities) {
        return changes == null ? List.of() : entities.stream().filter(e -> !changes.isNew(e)).toList();
    }

    /** Existing Entities bullets for the feature's own entities that the baseline already had. */
    List<String> existing(List<Entity> entities) {
        if (changes == null) {
            return List.of();
        }
        List<String> bullets = new ArrayList<>();
        for (Entity entity : entities) {
            changes.changeOf(entity).ifPresent(change -> bullets.add("**" + Markdown.inline(entity.simpleName()) + "** (table "
                    + Markdown.code(change.to().name()) + "): " + (modified(change) ? "modified, see Modified Entities" : "unchanged")));
        }
        return bullets;
    }

    /**
     * @param tables           the feature's tables in this build
     * @param existingSections the full sections of the entities that are not new
     */
    MigrationSection plan(String slug, List<TableFacts> tables, DataModel current, List<Entity> entities,
                          List<EntitySection> existingSections) {
        if (changes == null) {
            return null;
        }
        List<MigrationSection.ModifiedEntity> modified = new ArrayList<>();
        for (Entity entity : entities.stream().sorted(Comparator.comparing(Entity::simpleName)).toList()) {
            changes.changeOf(entity).filter(MigrationStrategyPlanner::modified).ifPresent(change -> modified.add(modifiedEntity(entity, change)));
        }
        FeatureStatements own = new FeatureStatements(slug, tables, current, changes.diff().from());
        String forward = own.of(changes.forwardScript());
        String rollback = own.of(changes.rollbackScript());
        List<String> notes = new ArrayList<>();
        if (forward.isEmpty()) {
            notes.add(FeatureStatements.changesAnything(changes.forwardScript())
                    ? "No schema change: this feature's tables are as in the baseline. The build's migration, "
                            + Markdown.code(changes.names().forward()) + " (in `modeldoc/migrations/" + dialect.name()
                            + "/`), changes other features' tables only."
                    : "No schema change: the model's tables are as in the baseline.");
        } else {
            notes.add(changes.transactional()
                    ? "The script runs in one transaction on " + dialect.name() + ": if a statement fails, nothing changes."
                    : "DDL is not transactional on " + dialect.name() + ": each statement commits on its own, so the script adds "
                            + "before it removes; back up the database before running it.");
        }
        return new MigrationSection(existingSections, modified, Markdown.code(changes.names().forward()), Markdown.code(changes.names().rollback()),
                dialect.name(), notes, forward, Markdown.fenceFor(forward), rollback, Markdown.fenceFor(rollback));
    }

    /** Data-loss bullets for Risk Assessment: the feature's dropped tables and columns, and narrowed types. */
    List<String> dataLossRisks(String slug, List<Entity> entities) {
        if (changes == null) {
            return List.of();
        }
        List<String> risks = new ArrayList<>();
        for (Entity entity : entities) {
            changes.changeOf(entity).ifPresent(change -> words.dataLoss(change).forEach(r -> risks.add("**Data loss**: "
                    + Markdown.inline(r) + ".")));
        }
        for (Table dropped : changes.diff().dropped()) {
            if (slug.equals(changes.featureOf(dropped))) {
                risks.add("**Data loss**: " + Markdown.inline(words.dataLoss(dropped, changes.diff().created())) + ".");
            }
        }
        return risks;
    }

    private MigrationSection.ModifiedEntity modifiedEntity(Entity entity, TableChange change) {
        List<String> added = change.added().stream().map(c -> field(entity, c) + ": " + Markdown.inline(dialect.columnType(c))
                + (c.nullable() ? "" : ", not null") + description(entity, c)).toList();
        List<String> modifiedFields = new ArrayList<>();
        for (ColumnChange kept : change.kept()) {
            String what = words.modified(kept);
            if (!what.isEmpty()) {
                modifiedFields.add(field(entity, kept.to()) + ": " + Markdown.inline(what));
            }
        }
        List<String> removed = change.dropped().stream().map(c -> Markdown.code(c.name()) + ": "
                + Markdown.inline(dialect.columnType(c)) + " - dropped with its data").toList();
        List<String> summary = new ArrayList<>();
        if (change.renamed()) {
            summary.add("table renamed from " + Markdown.code(change.from().name()) + " (@RenamedFrom; rows kept)");
        }
        summary.add(count(added.size(), "new field") + ", " + count(modifiedFields.size(), "modified field") + ", "
                + count(removed.size(), "removed field"));
        if (!change.dropped().isEmpty() && !change.added().isEmpty()) {
            summary.add("**a drop and an add, not a rename**: annotate a renamed field with @RenamedFrom to keep its data");
        }
        return new MigrationSection.ModifiedEntity(Markdown.heading(entity.simpleName()), String.join("; ", summary), added,
                modifiedFields, removed);
    }

    private static boolean modified(TableChange change) {
        return change.renamed() || !change.added().isEmpty() || !change.dropped().isEmpty()
                || change.kept().stream().anyMatch(k -> k.renamed() || k.changedBeyondName())
                || !change.from().foreignKeys().equals(change.to().foreignKeys())
                || !change.from().indexes().equals(change.to().indexes())
                || !change.from().uniqueKeys().equals(change.to().uniqueKeys())
                || !change.from().checks().equals(change.to().checks())
                || !change.from().comment().equals(change.to().comment());
    }

    private static String field(Entity entity, Column column) {
        String attribute = attribute(entity, column).map(Attribute::name).orElse(column.name());
        return Markdown.code(attribute) + (attribute.equalsIgnoreCase(column.name()) ? "" : " (" + Markdown.code(column.name()) + ")");
    }

    private static String description(Entity entity, Column column) {
        return attribute(entity, column).map(Attribute::description).filter(d -> !d.isEmpty())
                .map(d -> " - " + Markdown.inline(d)).orElse("");
    }

    private static java.util.Optional<Attribute> attribute(Entity entity, Column column) {
        return entity.attributes().stream().filter(a -> a.columns().stream().anyMatch(c -> c.equalsIgnoreCase(column.name())))
                .findFirst();
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
