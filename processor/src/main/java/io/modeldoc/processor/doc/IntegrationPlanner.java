package io.modeldoc.processor.doc;

import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.ExternalEntity;
import io.modeldoc.processor.model.ForeignKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Plans Current Data Model Analysis: the foreign keys that cross from this feature's tables to
 * another feature's, or from another feature's into this one's.
 */
final class IntegrationPlanner {

    private final ModelLookup lookup;

    IntegrationPlanner(ModelLookup lookup) {
        this.lookup = lookup;
    }

    /** How an entity of another feature is tied to this one's: which of ours it references, and is referenced by. */
    private record Ties(Set<Entity> referencedBy, Set<Entity> references) {
        Ties() {
            this(new TreeSet<>(ModelLookup.BY_SIMPLE_NAME), new TreeSet<>(ModelLookup.BY_SIMPLE_NAME));
        }
    }

    /** {@code null} when no foreign key crosses the feature's border. */
    CurrentModelSection plan(String slug) {
        List<CurrentModelSection.IntegrationRow> rows = new ArrayList<>();
        Map<Entity, Ties> others = new TreeMap<>(ModelLookup.BY_SIMPLE_NAME);
        for (TableFacts table : lookup.tablesOf(slug)) {
            for (ForeignKey fk : table.table().foreignKeys()) {
                TableFacts parent = lookup.table(fk.referencedTable());
                ExternalEntity external = parent == null ? lookup.externalOfTable(fk.referencedTable()) : null;
                if (external != null) {
                    rows.add(externalRow(table, fk, external));
                } else if (crosses(parent, slug)) {
                    rows.add(row(table, fk, parent, parent.featureSlug()));
                    Ties ties = others.computeIfAbsent(parent.owner(), e -> new Ties());
                    if (table.owner() != null) {
                        ties.referencedBy().add(table.owner());
                    }
                }
            }
        }
        for (TableFacts table : lookup.tablesOf(slug)) {
            for (ModelLookup.Reference ref : lookup.referencesTo(table.name())) {
                if (crosses(ref.from(), slug)) {
                    rows.add(row(ref.from(), ref.foreignKey(), table, ref.from().featureSlug()));
                    Ties ties = others.computeIfAbsent(ref.from().owner(), e -> new Ties());
                    if (table.owner() != null) {
                        ties.references().add(table.owner());
                    }
                }
            }
        }
        if (rows.isEmpty()) {
            return null;
        }
        List<String> existing = new ArrayList<>();
        others.forEach((other, ties) -> existing.add(existingEntity(slug, other, ties)));
        return new CurrentModelSection(existing, rows);
    }

    /** Whether the table belongs to an entity of a feature other than {@code slug}. */
    private static boolean crosses(TableFacts table, String slug) {
        return table != null && table.owner() != null && !table.featureSlug().equals(slug);
    }

    private CurrentModelSection.IntegrationRow row(TableFacts from, ForeignKey fk, TableFacts to, String otherSlug) {
        return new CurrentModelSection.IntegrationRow(
                Markdown.codeCell(from.name()),
                Markdown.codeCell(String.join(", ", fk.columns())),
                Markdown.codeCell(to.name()),
                lookup.featureLink(otherSlug));
    }

    /** A foreign key into another module's table: its feature, linked where that module documents it, and the module. */
    private CurrentModelSection.IntegrationRow externalRow(TableFacts from, ForeignKey fk, ExternalEntity to) {
        String feature = to.feature().isEmpty() ? Markdown.cell(to.simpleName()) : Markdown.cell(to.feature());
        return new CurrentModelSection.IntegrationRow(
                Markdown.codeCell(from.name()),
                Markdown.codeCell(String.join(", ", fk.columns())),
                Markdown.codeCell(to.table().qualifiedName()),
                lookup.externalLink(to, feature));
    }

    /** {@code [Customer](customers.md#customer) (feature Customers): referenced by [PurchaseOrder](#purchaseorder)}. */
    private String existingEntity(String slug, Entity other, Ties ties) {
        List<String> how = new ArrayList<>(2);
        if (!ties.referencedBy().isEmpty()) {
            how.add("referenced by " + links(slug, ties.referencedBy()));
        }
        if (!ties.references().isEmpty()) {
            how.add("references " + links(slug, ties.references()));
        }
        String feature = lookup.feature(other.featureSlug()) == null ? other.featureSlug() : lookup.feature(other.featureSlug()).name();
        return lookup.entityLink(slug, other) + " (feature " + Markdown.inline(feature) + ")"
                + (how.isEmpty() ? "" : ": " + String.join("; ", how));
    }

    private String links(String slug, Set<Entity> entities) {
        return Words.series(entities.stream().map(e -> lookup.entityLink(slug, e)).toList());
    }
}
