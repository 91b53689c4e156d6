package io.modeldoc.processor.query;

import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.TableAccess;
import io.modeldoc.processor.query.JoinGraph.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a query's shape into the table accesses a database makes for it, by the plan that starts from a filtered
 * table: the root when the query filters it, else the first joined table it filters. That table is searched by its
 * own equality and range columns (and sorted, when the sort is on its columns); every other table is reached through
 * the joins, searched by its join columns and its own filters. Each alternative of an {@code or} is planned alone.
 */
final class AccessPlanner {

    private final ModelIndex index;

    AccessPlanner(ModelIndex index) {
        this.index = index;
    }

    List<TableAccess> plan(QueryShape shape, Entity root) {
        JoinGraph graph = new JoinGraph(index, root);
        Map<String, Node> aliases = new HashMap<>();
        aliases.put("", graph.root());
        for (QueryShape.Join join : shape.joins()) {
            Node node = graph.navigate(alias(aliases, join.path()), join.path().attributes());
            if (!join.alias().isEmpty()) {
                aliases.put(join.alias(), node);
            }
        }
        List<Filters> branches = new ArrayList<>();
        for (List<QueryShape.Condition> branch : shape.branches()) {
            Filters filters = new Filters();
            for (QueryShape.Condition condition : branch) {
                JoinGraph.Resolved resolved = graph.resolve(alias(aliases, condition.path()), condition.path().attributes());
                switch (condition.use()) {
                    case EQUALITY -> filters.equality(resolved.node()).addAll(resolved.columns());
                    case RANGE -> filters.ranges(resolved.node()).addAll(resolved.columns());
                    case NONE -> { }
                }
            }
            branches.add(filters);
        }
        List<Sorted> sort = new ArrayList<>();
        for (QueryShape.Sort item : shape.orderBy()) {
            JoinGraph.Resolved resolved = graph.resolve(alias(aliases, item.path()), item.path().attributes());
            resolved.columns().forEach(c -> sort.add(new Sorted(resolved.node(), c + (item.descending() ? " desc" : " asc"))));
        }
        Set<TableAccess> accesses = new LinkedHashSet<>();
        for (Filters filters : branches) {
            accesses.addAll(accesses(graph, filters, sort));
        }
        return List.copyOf(accesses);
    }

    private static Node alias(Map<String, Node> aliases, QueryShape.Path path) {
        Node node = aliases.get(path.alias());
        if (node == null) {
            throw new Unanalysable("it uses the alias " + path.alias() + ", which it does not declare");
        }
        return node;
    }

    private record Sorted(Node node, String column) {
    }

    /** One alternative's filter columns, per node. */
    private static final class Filters {
        private final Map<Node, Set<String>> equality = new LinkedHashMap<>();
        private final Map<Node, Set<String>> ranges = new LinkedHashMap<>();

        Set<String> equality(Node node) {
            return equality.computeIfAbsent(node, k -> new LinkedHashSet<>());
        }

        Set<String> ranges(Node node) {
            return ranges.computeIfAbsent(node, k -> new LinkedHashSet<>());
        }

        boolean filters(Node node) {
            return !equality(node).isEmpty() || !ranges(node).isEmpty();
        }
    }

    private static List<TableAccess> accesses(JoinGraph graph, Filters filters, List<Sorted> sort) {
        Node start = graph.nodes().stream().filter(filters::filters).findFirst().orElse(graph.root());
        List<String> sortColumns = new ArrayList<>();
        for (Sorted item : sort) {
            if (item.node() != start) {
                break; // a sort that goes on in another table cannot come from this table's index
            }
            sortColumns.add(item.column());
        }
        List<TableAccess> accesses = new ArrayList<>();
        accesses.add(new TableAccess(start.table().name(), List.copyOf(filters.equality(start)), List.copyOf(filters.ranges(start)),
                sortColumns, ""));
        Set<Node> reached = new LinkedHashSet<>(List.of(start));
        Deque<Node> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            Node at = queue.removeFirst();
            for (Node next : graph.nodes()) {
                List<String> joinColumns;
                if (next.from() == at) {
                    joinColumns = next.columns();
                } else if (at.from() == next) {
                    joinColumns = at.fromColumns();
                } else {
                    continue;
                }
                if (reached.add(next)) {
                    Set<String> equality = new LinkedHashSet<>(joinColumns);
                    equality.addAll(filters.equality(next));
                    accesses.add(new TableAccess(next.table().name(), List.copyOf(equality), List.copyOf(filters.ranges(next)),
                            List.of(), at.table().name()));
                    queue.addLast(next);
                }
            }
        }
        return accesses;
    }
}
