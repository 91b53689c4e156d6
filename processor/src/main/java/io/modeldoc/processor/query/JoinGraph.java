package io.modeldoc.processor.query;

import io.modeldoc.processor.model.Attribute;
import io.modeldoc.processor.model.AttributeKind;
import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.ForeignKey;
import io.modeldoc.processor.model.Relationship;
import io.modeldoc.processor.model.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tables a query reaches from its root, each joined to the one it is reached from by columns, built as attribute
 * paths are resolved: an association path joins its target's table (through a join table where the mapping has one),
 * and a column kept in a secondary table or an entity superclass's table joins that table.
 */
final class JoinGraph {

    /**
     * A table the query reads.
     *
     * @param entity      the entity whose rows it holds; {@code null} for a join table
     * @param from        the node it is joined from; {@code null} for the root
     * @param fromColumns the columns of {@code from}'s table the join compares
     * @param columns     this table's columns the join compares, in the same order
     */
    record Node(String key, Entity entity, Table table, Node from, List<String> fromColumns, List<String> columns) {
    }

    /** Where a path ends: the node whose table holds its columns, and the columns. */
    record Resolved(Node node, List<String> columns) {
    }

    private final ModelIndex index;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Node root;

    JoinGraph(ModelIndex index, Entity root) {
        this.index = index;
        this.root = new Node("", root, tableOf(root), null, List.of(), List.of());
        nodes.put("", this.root);
    }

    Node root() {
        return root;
    }

    /** Every node, the root first, then in the order they were joined. */
    Collection<Node> nodes() {
        return nodes.values();
    }

    /** The node an association path leads to ({@code join o.customer c}): every step must be an association. */
    Node navigate(Node start, List<String> attributes) {
        Node node = start;
        int i = 0;
        while (i < attributes.size()) {
            requireEntity(node, attributes.get(i));
            int consumed = relationshipLength(node.entity(), attributes, i);
            if (consumed == 0) {
                throw new Unanalysable("it joins " + String.join(".", attributes) + ", but " + node.entity().simpleName()
                        + " has no association " + attributes.get(i));
            }
            String name = String.join(".", attributes.subList(i, i + consumed));
            node = join(node, index.relationship(node.entity(), name).orElseThrow());
            i += consumed;
        }
        return node;
    }

    /** The columns an attribute path compares, and the table holding them. */
    Resolved resolve(Node start, List<String> attributes) {
        Node node = start;
        int i = 0;
        while (true) {
            requireEntity(node, String.join(".", attributes));
            if (i == attributes.size()) {
                // The entity itself: its identifier.
                return located(node, index.hierarchy(node.entity()).stream().flatMap(e -> e.attributes().stream())
                        .filter(a -> a.kind() == AttributeKind.ID).flatMap(a -> a.columns().stream()).toList());
            }
            int consumed = relationshipLength(node.entity(), attributes, i);
            if (consumed > 0) {
                Relationship relationship = index.relationship(node.entity(), String.join(".", attributes.subList(i, i + consumed))).orElseThrow();
                boolean foreignKeyHere = relationship.cardinality().toOne() && relationship.owning() && relationship.joinTable().isEmpty()
                        && !relationship.joinColumns().isEmpty() && !relationship.primaryKeyJoin();
                int after = i + consumed;
                // o.customer = :c and o.customer.id = :id compare the foreign key; no join is needed.
                if (foreignKeyHere && (after == attributes.size() || after == attributes.size() - 1 && isId(relationship, attributes.get(after)))) {
                    return located(node, relationship.joinColumns());
                }
                node = join(node, relationship);
                i = after;
                continue;
            }
            for (int end = attributes.size(); end > i; end--) {
                String name = String.join(".", attributes.subList(i, end));
                Optional<Attribute> attribute = index.attribute(node.entity(), name);
                List<Attribute> parts = index.parts(node.entity(), name);
                if (end == attributes.size() && (attribute.isPresent() || !parts.isEmpty())) {
                    List<String> columns = attribute.map(Attribute::columns)
                            .orElseGet(() -> parts.stream().flatMap(a -> a.columns().stream()).toList());
                    if (columns.isEmpty()) {
                        throw new Unanalysable("it compares " + name + " of " + node.entity().simpleName()
                                + ", which has no column in its table (a collection)");
                    }
                    return located(node, columns);
                }
            }
            throw new Unanalysable(node.entity().simpleName() + " has no attribute " + String.join(".", attributes.subList(i, attributes.size())));
        }
    }

    private boolean isId(Relationship relationship, String attribute) {
        return index.byClass(relationship.target()).flatMap(target -> index.attribute(target, attribute))
                .map(a -> a.kind() == AttributeKind.ID).orElse(false);
    }

    /** How many attribute names from {@code i} on name an association ({@code address.country} counts 2); 0 if none. */
    private int relationshipLength(Entity entity, List<String> attributes, int i) {
        for (int end = attributes.size(); end > i; end--) {
            if (index.relationship(entity, String.join(".", attributes.subList(i, end))).isPresent()) {
                return end - i;
            }
        }
        return 0;
    }

    private static void requireEntity(Node node, String path) {
        if (node.entity() == null) {
            throw new Unanalysable("it goes on from a join table at " + path);
        }
    }

    /** The columns where they are: in the node's table, else in the secondary or superclass table that has them. */
    private Resolved located(Node node, List<String> columns) {
        if (columns.stream().allMatch(c -> node.table().column(c).isPresent())) {
            return new Resolved(node, columns);
        }
        for (Table table : index.tablesOf(node.entity())) {
            if (columns.stream().allMatch(c -> table.column(c).isPresent())) {
                return new Resolved(sameRowTable(node, table), columns);
            }
        }
        throw new Unanalysable("the columns " + String.join(", ", columns) + " of " + node.entity().simpleName()
                + " are in no table of it");
    }

    /** A table holding more of the same rows' columns, joined on the key one holds to the other. */
    private Node sameRowTable(Node node, Table table) {
        return nodes.computeIfAbsent(node.key() + "@" + table.name(), key -> {
            List<ForeignKey> toNode = ModelIndex.references(table, node.table());
            if (!toNode.isEmpty()) {
                return new Node(key, node.entity(), table, node, toNode.get(0).referencedColumns(), toNode.get(0).columns());
            }
            List<ForeignKey> fromNode = ModelIndex.references(node.table(), table);
            if (!fromNode.isEmpty()) {
                return new Node(key, node.entity(), table, node, fromNode.get(0).columns(), fromNode.get(0).referencedColumns());
            }
            return new Node(key, node.entity(), table, node, node.table().primaryKey(), table.primaryKey());
        });
    }

    /** The target's table, joined as the mapping says; the same association from the same node joins once. */
    Node join(Node from, Relationship relationship) {
        String key = from.key() + "." + relationship.attribute();
        Node existing = nodes.get(key);
        if (existing != null) {
            return existing;
        }
        Entity target = index.byClass(relationship.target())
                .orElseThrow(() -> new Unanalysable("it joins " + relationship.attribute() + ", whose entity is not in this model"));
        Table targetTable = tableOf(target);
        Table fromTable = from.table();
        Node node;
        if (relationship.primaryKeyJoin()) {
            node = new Node(key, target, targetTable, from, fromTable.primaryKey(), targetTable.primaryKey());
        } else if (!relationship.joinTable().isEmpty()) {
            Table joinTable = index.table(relationship.joinTable())
                    .orElseThrow(() -> new Unanalysable("its join table " + relationship.joinTable() + " is not in this model"));
            ForeignKey toFrom = side(joinTable, fromTable, relationship.owning() ? relationship.joinColumns() : List.of(), true);
            ForeignKey toTarget = side(joinTable, targetTable, toFrom.columns(), false);
            Node middle = new Node(key + "#", null, joinTable, from, toFrom.referencedColumns(), toFrom.columns());
            nodes.put(middle.key(), middle);
            node = new Node(key, target, targetTable, middle, toTarget.columns(), toTarget.referencedColumns());
        } else if (relationship.cardinality().toOne() && relationship.owning()) {
            List<String> referenced = ModelIndex.foreignKey(fromTable, relationship.joinColumns())
                    .map(ForeignKey::referencedColumns).orElse(targetTable.primaryKey());
            node = new Node(key, target, targetTable, from, relationship.joinColumns(), referenced);
        } else {
            // The foreign key is in the target's table: an inverse side, or a one-to-many kept by a join column.
            List<String> referenced = ModelIndex.foreignKey(targetTable, relationship.joinColumns())
                    .map(ForeignKey::referencedColumns).orElse(fromTable.primaryKey());
            node = new Node(key, target, targetTable, from, referenced, relationship.joinColumns());
        }
        if (node.columns().isEmpty() || node.fromColumns().isEmpty()) {
            throw new Unanalysable("it joins " + relationship.attribute() + ", whose join columns ModelDoc does not know");
        }
        nodes.put(key, node);
        return node;
    }

    /** The foreign key of a join table that references {@code table}: the one over {@code columns}, or over other columns. */
    private static ForeignKey side(Table joinTable, Table table, List<String> columns, boolean over) {
        List<ForeignKey> candidates = new ArrayList<>(ModelIndex.references(joinTable, table));
        candidates.sort((a, b) -> Boolean.compare(ModelIndex.sameColumns(b.columns(), columns) == over,
                ModelIndex.sameColumns(a.columns(), columns) == over));
        if (candidates.isEmpty()) {
            throw new Unanalysable("its join table " + joinTable.name() + " has no foreign key to " + table.name());
        }
        return candidates.get(0);
    }

    private Table tableOf(Entity entity) {
        return index.table(entity.table())
                .orElseThrow(() -> new Unanalysable(entity.simpleName() + " has no table of its own (an abstract class of a "
                        + "table-per-class hierarchy)"));
    }
}
