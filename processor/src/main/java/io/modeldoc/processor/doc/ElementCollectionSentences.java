package io.modeldoc.processor.doc;

import io.modeldoc.processor.model.Attribute;
import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.ElementCollection;
import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.ForeignKey;
import io.modeldoc.processor.model.UniqueKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Documents an {@code @ElementCollection} as fully as an association: its collection table, how that table joins the
 * owner, its key, its order and its fetch mode ("Each truck holds a set of `Equipment` values (element collection in
 * table `truck_equipment`, joined by `truck_id` → `Truck(id)`, each value once per truck; fetched eagerly).").
 */
final class ElementCollectionSentences {

    private final ModelLookup lookup;

    ElementCollectionSentences(ModelLookup lookup) {
        this.lookup = lookup;
    }

    /** The collection table of an element collection; {@code null} for other attributes or when the model lacks it. */
    TableFacts table(Attribute attribute) {
        return attribute.elements() == null ? null : lookup.table(attribute.elements().table());
    }

    /**
     * The columns holding the values themselves: the collection table's, less the owner's key, the list position and
     * a map's key.
     */
    static List<String> valueColumns(Attribute attribute, TableFacts table) {
        Set<String> other = new java.util.HashSet<>();
        ForeignKey owner = ownerKey(table);
        if (owner != null) {
            other.addAll(TableFacts.keys(owner.columns()));
        }
        if (!attribute.elements().orderColumn().isEmpty()) {
            other.add(TableFacts.key(attribute.elements().orderColumn()));
        }
        other.addAll(TableFacts.keys(attribute.mapKey()));
        return table.table().columns().stream().map(Column::name).filter(c -> !other.contains(TableFacts.key(c))).toList();
    }

    /** The collection table's first foreign key: the one to the owner, which the table is built around. */
    private static ForeignKey ownerKey(TableFacts table) {
        return table.table().foreignKeys().isEmpty() ? null : table.table().foreignKeys().get(0);
    }

    /** The sentence under Relationships; empty for other attributes. */
    String sentence(Entity entity, Attribute attribute) {
        TableFacts table = table(attribute);
        if (table == null) {
            return "";
        }
        ElementCollection elements = attribute.elements();
        String owner = Words.noun(entity.simpleName());
        List<String> facts = new ArrayList<>();
        String where = "element collection in table " + Markdown.code(table.table().qualifiedName());
        ForeignKey ownerKey = ownerKey(table);
        if (ownerKey != null) {
            where += ", joined by " + String.join(", ", ownerKey.columns().stream().map(Markdown::code).toList()) + " → "
                    + DatabaseSchemaPlanner.columnsOf(ownerKey.referencedNamespace().qualify(ownerKey.referencedTable()),
                    ownerKey.referencedColumns());
        }
        facts.add(where);
        facts.add(key(table, owner));
        if (!elements.orderColumn().isEmpty()) {
            facts.add("positions kept in " + Markdown.code(elements.orderColumn()));
        }
        if (!elements.orderBy().isEmpty()) {
            facts.add("sorted by " + Markdown.code(elements.orderBy()) + " on loading");
        }
        facts.add("fetched " + (elements.fetch().equalsIgnoreCase("EAGER") ? "eagerly" : "lazily"));
        return "Each " + owner + " holds " + shape(attribute) + " " + Markdown.code(elementType(attribute.javaType()))
                + " values (" + String.join("; ", facts) + ").";
    }

    /** How the rows are keyed, which decides what a change to the collection costs. */
    private static String key(TableFacts table, String owner) {
        if (!table.table().primaryKey().isEmpty()) {
            return "primary key " + DatabaseSchemaPlanner.columnsOf(table.table().qualifiedName(), table.table().primaryKey());
        }
        for (UniqueKey unique : table.table().uniqueKeys()) {
            return "each value once per " + owner + ", unique "
                    + DatabaseSchemaPlanner.columnsOf(table.table().qualifiedName(), unique.columns());
        }
        return "no key: any change deletes and re-inserts all the " + owner + "'s rows";
    }

    private static String shape(Attribute attribute) {
        String type = attribute.javaType();
        if (type.startsWith("Set<") || type.startsWith("SortedSet<")) {
            return "a set of";
        }
        if (type.startsWith("Map<") || type.startsWith("SortedMap<")) {
            return "a map of";
        }
        return attribute.elements().orderColumn().isEmpty() ? "zero or more" : "a list of";
    }

    /** {@code Equipment} of {@code Set<Equipment>}; the value type of a map. */
    static String elementType(String javaType) {
        int open = javaType.indexOf('<');
        int close = javaType.lastIndexOf('>');
        if (open < 0 || close < open) {
            return javaType;
        }
        String inside = javaType.substring(open + 1, close);
        int depth = 0;
        for (int i = 0; i < inside.length(); i++) {
            char c = inside.charAt(i);
            depth += c == '<' ? 1 : c == '>' ? -1 : 0;
            if (c == ',' && depth == 0) {
                return inside.substring(i + 1).strip();
            }
        }
        return inside.strip();
    }

}
