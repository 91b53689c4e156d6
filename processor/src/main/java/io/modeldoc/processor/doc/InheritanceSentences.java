package io.modeldoc.processor.doc;

import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.ForeignKey;
import io.modeldoc.processor.model.Inheritance;
import java.util.ArrayList;
import java.util.List;

/**
 * Says how an entity hierarchy is stored, at its base ("abstract base of [Truck](#truck) and [Van](#van), stored
 * joined: …; discriminator `vehicle_type` = `TRUCK` ([Truck](#truck)) | `VAN` ([Van](#van))") and at each subtype
 * ("Each truck is a [Vehicle](#vehicle) (joined: …)"): the story a data architect looks for first.
 */
final class InheritanceSentences {

    private final ModelLookup lookup;

    InheritanceSentences(ModelLookup lookup) {
        this.lookup = lookup;
    }

    /** The Inheritance line of an entity that others extend; empty for any other entity. */
    String ofBase(Entity entity) {
        List<Entity> subtypes = lookup.subtypesOf(entity);
        if (entity.inheritance() == null || subtypes.isEmpty()) {
            return "";
        }
        Inheritance inheritance = entity.inheritance();
        String slug = entity.featureSlug();
        String of = (inheritance.isAbstract() ? "abstract base of " : "base of ")
                + Words.series(subtypes.stream().map(s -> lookup.entityLink(slug, s)).toList());
        if (!inheritance.isBase()) {
            return of + ", stored like the rest of its hierarchy";
        }
        String table = Markdown.code(lookup.qualifiedTable(entity.table()));
        String stored = switch (inheritance.strategy()) {
            case "JOINED" -> "stored joined: " + table + " holds what they share, each subtype's own attributes are in a table "
                    + "of its own, keyed by the same identifier";
            case "TABLE_PER_CLASS" -> "stored table per class: each concrete class has a table of its own repeating every "
                    + "inherited column" + (inheritance.isAbstract() ? ", and " + Markdown.code(entity.simpleName()) + " has none" : "");
            default -> "stored in a single table: " + table + " holds every subtype's columns, nullable for the rows "
                    + "of the other types";
        };
        return of + ", " + stored + discriminator(entity) + ".";
    }

    /** {@code ; discriminator `vehicle_type` = `TRUCK` ([Truck](#truck)) | `VAN` ([Van](#van))}; empty without one. */
    private String discriminator(Entity base) {
        if (base.inheritance().discriminatorColumn().isEmpty()) {
            return "";
        }
        List<String> values = new ArrayList<>();
        collectValues(base, base.featureSlug(), values, new java.util.HashSet<>());
        return "; discriminator " + Markdown.code(base.inheritance().discriminatorColumn()) + " = " + String.join(" | ", values);
    }

    private void collectValues(Entity entity, String slug, List<String> values, java.util.Set<String> seen) {
        if (!seen.add(entity.qualifiedName())) {
            return;
        }
        if (!entity.inheritance().discriminatorValue().isEmpty()) {
            values.add(Markdown.code(entity.inheritance().discriminatorValue()) + " ("
                    + (entity.featureSlug().equals(slug) && entity == lookup.baseOf(entity)
                    ? Markdown.inline(entity.simpleName()) : lookup.entityLink(slug, entity)) + ")");
        }
        lookup.subtypesOf(entity).forEach(s -> collectValues(s, slug, values, seen));
    }

    /**
     * The "is a" relationship of a subtype: "Each truck is a [Vehicle](#vehicle) (joined: table `Truck` holds its own
     * attributes, its key `id` referencing `Vehicle(id)`; discriminator `vehicle_type` = `TRUCK`)."; empty for an
     * entity that extends none.
     */
    String ofSubtype(Entity entity) {
        Inheritance inheritance = entity.inheritance();
        if (inheritance == null || inheritance.isBase()) {
            return "";
        }
        Entity parent = lookup.entity(inheritance.parent());
        if (parent == null) {
            return "";
        }
        String table = Markdown.code(lookup.qualifiedTable(entity.table()));
        List<String> facts = new ArrayList<>();
        switch (inheritance.strategy()) {
            case "JOINED" -> facts.add("joined: table " + table + " holds its own attributes" + key(entity, parent));
            case "TABLE_PER_CLASS" -> facts.add(inheritance.isAbstract()
                    ? "table per class: abstract, so no table of its own"
                    : "table per class: table " + table + " repeats every inherited column");
            default -> facts.add("single table: its columns are in " + Markdown.code(lookup.qualifiedTable(lookup.baseOf(entity).table()))
                    + ", nullable for the rows of the other types");
        }
        if (!inheritance.discriminatorValue().isEmpty()) {
            facts.add("discriminator " + Markdown.code(inheritance.discriminatorColumn()) + " = "
                    + Markdown.code(inheritance.discriminatorValue()));
        } else if (inheritance.isAbstract() && !inheritance.discriminatorColumn().isEmpty()) {
            facts.add("abstract, so no discriminator value of its own");
        }
        return "Each " + Words.noun(entity.simpleName()) + " is " + article(parent.simpleName()) + " "
                + lookup.entityLink(entity.featureSlug(), parent) + " (" + String.join("; ", facts) + ").";
    }

    /** {@code , its key `id` referencing `vehicle(id)`}: the foreign key joining a subtype's table to its parent's. */
    private String key(Entity entity, Entity parent) {
        TableFacts own = lookup.table(entity.table());
        if (own == null) {
            return "";
        }
        for (ForeignKey fk : own.table().foreignKeys()) {
            if (fk.referencedTable().equalsIgnoreCase(parent.table()) && own.identifying(fk)) {
                return ", its key " + String.join(", ", fk.columns().stream().map(Markdown::code).toList()) + " referencing "
                        + DatabaseSchemaPlanner.columnsOf(fk.referencedNamespace().qualify(fk.referencedTable()), fk.referencedColumns());
            }
        }
        return "";
    }

    private static String article(String simpleName) {
        return "AEIOU".indexOf(Character.toUpperCase(simpleName.charAt(0))) >= 0 ? "an" : "a";
    }
}
