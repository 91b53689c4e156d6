package io.modeldoc.processor.doc;

import io.modeldoc.processor.migrate.ChangeWords;
import io.modeldoc.processor.migrate.ColumnChange;
import io.modeldoc.processor.migrate.DataLoss;
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

    /**
     * The entities the baseline already had, as the baseline defines them: Existing Entities shows the schema as it
     * stands, and Modified Entities what this build changes. None without a baseline.
     */
    List<Entity> oldEntities(List<Entity> entities) {
        if (changes == null) {
            return List.of();
        }
        List<Entity> old = new ArrayList<>();
        for (Entity entity : entities) {
            if (!changes.isNew(entity)) {
                old.add(baselineOf(entity).orElse(entity));
            }
        }
        return old;
    }

    /** Whether the table is as the baseline has it: in a baseline build, its DDL is already the database's. */
    boolean unchanged(TableFacts table) {
        return changes != null && changes.diff().kept().stream()
                .anyMatch(k -> k.to().name().equalsIgnoreCase(table.name()) && !modified(k));
    }

    /** Whether the Migration Strategy quotes the statements creating or changing the table: new or changed since the baseline. */
    boolean migrated(TableFacts table) {
        return changes != null && !unchanged(table);
    }

    /** The feature's tables and columns that are new or changed since the baseline, for the diagram. */
    Mermaid.Marks diagramMarks(List<TableFacts> tables) {
        if (changes == null) {
            return Mermaid.Marks.NONE;
        }
        java.util.Map<String, String> tableMarks = new java.util.HashMap<>();
        java.util.Map<String, String> columnMarks = new java.util.HashMap<>();
        java.util.Set<String> asBefore = new java.util.HashSet<>();
        for (TableFacts table : tables) {
            String key = TableFacts.key(table.name());
            if (unchanged(table)) {
                asBefore.add(key);
            }
            if (changes.diff().created().stream().anyMatch(t -> t.name().equalsIgnoreCase(table.name()))) {
                tableMarks.put(key, "new");
                continue;
            }
            changes.diff().kept().stream().filter(k -> k.to().name().equalsIgnoreCase(table.name())).findFirst().ifPresent(change -> {
                if (modified(change)) {
                    tableMarks.put(key, "changed");
                }
                change.added().forEach(c -> columnMarks.put(key + "." + TableFacts.key(c.name()), "new"));
                change.kept().stream().filter(k -> !fieldChanges(k).isEmpty())
                        .forEach(k -> columnMarks.put(key + "." + TableFacts.key(k.to().name()), "changed"));
            });
        }
        return new Mermaid.Marks(tableMarks, columnMarks, asBefore);
    }

    /** The baseline's model; {@code null} without a baseline. */
    DataModel baseline() {
        return changes == null ? null : changes.diff().from();
    }

    /** The entity as the baseline has it: same class, else the one whose table it renamed. */
    private java.util.Optional<Entity> baselineOf(Entity entity) {
        java.util.Optional<String> table = changes.changeOf(entity).map(c -> c.from().name());
        return changes.diff().from().entities().stream()
                .filter(e -> e.qualifiedName().equals(entity.qualifiedName())
                        || table.isPresent() && e.table().equalsIgnoreCase(table.get()))
                .findFirst();
    }

    /** Existing Entities bullets for the feature's own entities that the baseline already had. */
    List<String> existing(List<Entity> entities) {
        if (changes == null) {
            return List.of();
        }
        List<String> bullets = new ArrayList<>();
        for (Entity entity : entities) {
            changes.changeOf(entity).ifPresent(change -> bullets.add("**" + Markdown.inline(entity.simpleName()) + "** (table "
                    + Markdown.code(change.to().name()) + "): " + (changed(entity, change) ? "modified, see Modified Entities"
                    : "unchanged")));
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
            changes.changeOf(entity).filter(change -> changed(entity, change))
                    .ifPresent(change -> modified.add(modifiedEntity(entity, change)));
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
        if (!changes.dropsFile().isEmpty() && !changes.laterDrops().isEmpty()) {
            // expand/contract: which release drops what
            notes.add("Drops come later (`modeldoc.migration.drops=later`): this release keeps what the new model no longer has, "
                    + "dropped columns made nullable, so that the release before it still runs; "
                    + Markdown.code(changes.dropsFile()) + " removes it once no older release uses the database: "
                    + Markdown.inline(String.join("; ", changes.laterDrops())) + ".");
        }
        return new MigrationSection(existingSections, modified, Markdown.code(changes.names().forward()), Markdown.code(changes.names().rollback()),
                dialect.name(), notes, forward, Markdown.fenceFor(forward), rollback, Markdown.fenceFor(rollback),
                rollbackLosses(own).stream().map(loss -> Markdown.inline(loss.words()) + ".").toList());
    }

    /** The rollback's statements that lose data, or may, in the feature's own tables. */
    private List<DataLoss> rollbackLosses(FeatureStatements own) {
        return changes.rollbackLosses().stream().filter(loss -> own.owns(loss.table())).toList();
    }

    /**
     * Data-loss bullets for Risk Assessment: the feature's dropped tables and columns and narrowed types, then what
     * rolling the migration back would lose in its tables (the Rollback Plan lists each statement).
     */
    List<String> dataLossRisks(String slug, List<Entity> entities, List<TableFacts> tables, DataModel current) {
        if (changes == null) {
            return List.of();
        }
        List<String> risks = new ArrayList<>();
        List<DataLoss> rollback = rollbackLosses(new FeatureStatements(slug, tables, current, changes.diff().from()));
        if (!rollback.isEmpty()) {
            risks.add(rollbackRisk(rollback));
        }
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

    /**
     * {@code **Rolling back loses data** …}: the rollback drops what the migration added, with every value written
     * since, and narrows widened types back; dropping is certain loss (High), a narrowing only puts values at risk.
     */
    private String rollbackRisk(List<DataLoss> losses) {
        long tables = losses.stream().filter(loss -> loss.certain() && loss.column().isEmpty()).count();
        long columns = losses.stream().filter(loss -> loss.certain() && !loss.column().isEmpty()).count();
        long narrowed = losses.size() - tables - columns;
        List<String> dropped = new ArrayList<>();
        if (tables > 0) {
            dropped.add(Words.count((int) tables, "table"));
        }
        if (columns > 0) {
            dropped.add(Words.count((int) columns, "column"));
        }
        List<String> what = new ArrayList<>();
        if (!dropped.isEmpty()) {
            what.add("drops what the migration adds (" + Words.series(dropped) + "), with the data written there since");
        }
        if (narrowed > 0) {
            what.add("narrows " + Words.count((int) narrowed, "column") + " back, where values written since may not fit");
        }
        return "**Rolling back " + Markdown.code(changes.names().rollback()) + " loses data**: it " + String.join("; it ", what)
                + " (see [Rollback Plan](#rollback-plan)) [Impact: " + (dropped.isEmpty() ? "Medium" : "High") + "] - "
                + "back up the database, or export those tables and columns, before rolling back; once the new release has "
                + "written data, prefer a forward fix to a rollback";
    }

    private MigrationSection.ModifiedEntity modifiedEntity(Entity entity, TableChange change) {
        List<String> added = change.added().stream().map(c -> field(entity, c) + ": " + Markdown.inline(dialect.columnType(c))
                + (c.nullable() ? "" : ", not null") + description(entity, c)).toList();
        List<String> modifiedFields = new ArrayList<>();
        for (ColumnChange kept : change.kept()) {
            String what = fieldChanges(kept);
            if (!what.isEmpty()) {
                modifiedFields.add(field(entity, kept.to()) + ": " + what);
            }
        }
        List<String> other = new ArrayList<>(tableLevel(change));
        other.addAll(queries(baselineOf(entity).orElse(entity), entity));
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
                modifiedFields, removed, other);
    }

    /**
     * A kept column's changes, said once each: a rename is a rename (its type is unchanged unless said), with what
     * follows from it; {@code `varchar(40)` → `varchar(80)`, widened}. Empty when nothing changed.
     */
    private String fieldChanges(ColumnChange kept) {
        Column from = kept.from();
        Column to = kept.to();
        List<String> what = new ArrayList<>();
        if (kept.renamed()) {
            what.add("renamed from " + Markdown.code(from.name()) + " (`@RenamedFrom`), rows kept");
        }
        String before = dialect.columnType(from);
        String after = dialect.columnType(to);
        if (!before.equals(after)) {
            what.add(Markdown.code(before) + " → " + Markdown.code(after) + ", " + (ChangeWords.narrows(kept)
                    ? "narrowed: values that do not fit are lost or stop the migration" : "widened"));
        }
        if (from.nullable() != to.nullable()) {
            what.add(to.nullable() ? "now nullable" : "now not null: rows holding null must be filled first");
        }
        if (from.unique() != to.unique()) {
            what.add(to.unique() ? "now unique" : "no longer unique");
        }
        if (!from.enumValues().equals(to.enumValues()) && before.equals(after)) {
            what.add("allowed values now " + String.join(", ", to.enumValues().stream().map(Markdown::code).toList()));
        }
        if (kept.commentChanged()) {
            what.add("comment changed");
        }
        List<String> renamedChecks = from.checks().stream().map(c -> c.replace(from.name(), to.name())).toList();
        if (!renamedChecks.equals(to.checks())) {
            what.add("CHECK now " + (to.checks().isEmpty() ? "none"
                    : String.join(" and ", to.checks().stream().map(Markdown::code).toList())));
        } else if (kept.renamed() && !to.checks().isEmpty()) {
            what.add("its CHECK " + String.join(" and ", to.checks().stream().map(Markdown::code).toList())
                    + " follows the new name");
        }
        return String.join("; ", what);
    }

    /** The table's named CHECKs, indexes and unique keys that are new, dropped or re-created. */
    private static List<String> tableLevel(TableChange change) {
        List<String> lines = new ArrayList<>();
        java.util.Map<String, String> before = new java.util.LinkedHashMap<>();
        change.from().checks().forEach(c -> before.put(c.name().toLowerCase(java.util.Locale.ROOT), c.expression()));
        for (io.modeldoc.processor.model.Check check : change.to().checks()) {
            String old = before.remove(check.name().toLowerCase(java.util.Locale.ROOT));
            if (old == null) {
                lines.add("CHECK " + Markdown.code(check.name()) + " added: " + Markdown.code(check.expression()));
            } else if (!old.equals(check.expression())) {
                lines.add("CHECK " + Markdown.code(check.name()) + " re-created: " + Markdown.code(old) + " → "
                        + Markdown.code(check.expression()));
            }
        }
        before.forEach((name, expression) -> lines.add("CHECK " + Markdown.code(name) + " dropped: " + Markdown.code(expression)));
        List<String> oldIndexes = change.from().indexes().stream().map(i -> i.name()).toList();
        List<String> newIndexes = change.to().indexes().stream().map(i -> i.name()).toList();
        newIndexes.stream().filter(n -> !n.isEmpty() && !oldIndexes.contains(n))
                .forEach(n -> lines.add("index " + Markdown.code(n) + " added"));
        oldIndexes.stream().filter(n -> !n.isEmpty() && !newIndexes.contains(n))
                .forEach(n -> lines.add("index " + Markdown.code(n) + " dropped"));
        return lines;
    }

    /** The entity's named queries that are new, dropped or changed: code written against them may need the change too. */
    private static List<String> queries(Entity before, Entity after) {
        List<String> lines = new ArrayList<>();
        java.util.Map<String, String> old = new java.util.LinkedHashMap<>();
        before.queries().forEach(q -> old.put(q.name(), q.query()));
        for (io.modeldoc.processor.model.NamedQuery query : after.queries()) {
            String was = old.remove(query.name());
            if (was == null) {
                lines.add("named query " + Markdown.code(query.name()) + " added");
            } else if (!was.strip().equals(query.query().strip())) {
                lines.add("named query " + Markdown.code(query.name()) + " changed: " + Markdown.code(oneLine(was)) + " → "
                        + Markdown.code(oneLine(query.query())));
            }
        }
        old.keySet().forEach(name -> lines.add("named query " + Markdown.code(name) + " dropped"));
        return lines;
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** Whether the entity's table or its named queries changed. */
    private boolean changed(Entity entity, TableChange change) {
        return modified(change) || !queries(baselineOf(entity).orElse(entity), entity).isEmpty();
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
