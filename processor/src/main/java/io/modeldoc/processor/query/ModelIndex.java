package io.modeldoc.processor.query;

import io.modeldoc.processor.model.Attribute;
import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.ForeignKey;
import io.modeldoc.processor.model.Relationship;
import io.modeldoc.processor.model.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The entities and tables of a model, looked up by the names queries use: JPQL entity names, class names, attribute
 * names along an entity's hierarchy, physical table names.
 */
final class ModelIndex {

    private final Map<String, Entity> byClass = new HashMap<>();
    private final Map<String, Entity> byEntityName = new HashMap<>();
    private final Map<String, Table> tables = new HashMap<>();
    private final Map<String, List<Table>> secondaryTables = new HashMap<>();

    ModelIndex(DataModel model) {
        for (Entity entity : model.entities()) {
            byClass.put(entity.qualifiedName(), entity);
            byEntityName.putIfAbsent(entity.entityName(), entity);
        }
        for (Table table : model.tables()) {
            tables.put(table.name(), table);
            if (table.isSecondaryTable()) {
                secondaryTables.computeIfAbsent(table.secondaryOf(), k -> new ArrayList<>()).add(table);
            }
        }
    }

    /** The entity a JPQL statement names: its entity name, else its class name. */
    Optional<Entity> byName(String name) {
        return Optional.ofNullable(byEntityName.getOrDefault(name, byClass.get(name)));
    }

    Optional<Entity> byClass(String qualifiedName) {
        return Optional.ofNullable(byClass.get(qualifiedName));
    }

    Optional<Table> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }

    /** The entity and its entity superclasses, nearest first: the attributes it has. */
    List<Entity> hierarchy(Entity entity) {
        List<Entity> levels = new ArrayList<>();
        for (Entity level = entity; level != null && !levels.contains(level); ) {
            levels.add(level);
            level = level.inheritance() == null || level.inheritance().isBase() ? null : byClass.get(level.inheritance().parent());
        }
        return levels;
    }

    Optional<Relationship> relationship(Entity entity, String attribute) {
        return hierarchy(entity).stream().flatMap(e -> e.relationships().stream())
                .filter(r -> r.attribute().equals(attribute)).findFirst();
    }

    Optional<Attribute> attribute(Entity entity, String name) {
        return hierarchy(entity).stream().flatMap(e -> e.attributes().stream())
                .filter(a -> a.name().equals(name)).findFirst();
    }

    /** The parts of an embedded value named {@code prefix} ({@code address} → {@code address.city} …). */
    List<Attribute> parts(Entity entity, String prefix) {
        return hierarchy(entity).stream().flatMap(e -> e.attributes().stream())
                .filter(a -> a.name().startsWith(prefix + ".")).toList();
    }

    /** Whether the entity has a property of that name, or an embedded value or association path starting with it. */
    boolean hasProperty(Entity entity, String dotted) {
        return attribute(entity, dotted).isPresent() || relationship(entity, dotted).isPresent() || !parts(entity, dotted).isEmpty()
                || hierarchy(entity).stream().flatMap(e -> e.relationships().stream())
                        .anyMatch(r -> r.attribute().startsWith(dotted + "."));
    }

    /** The tables that may hold an entity's columns: its own, its secondary tables, those of its entity superclasses. */
    List<Table> tablesOf(Entity entity) {
        List<Table> candidates = new ArrayList<>();
        for (Entity level : hierarchy(entity)) {
            table(level.table()).filter(t -> !candidates.contains(t)).ifPresent(candidates::add);
            candidates.addAll(secondaryTables.getOrDefault(level.qualifiedName(), List.of()));
        }
        return candidates;
    }

    /** The foreign key of {@code from} over exactly {@code columns}, if any. */
    static Optional<ForeignKey> foreignKey(Table from, List<String> columns) {
        return from.foreignKeys().stream().filter(fk -> sameColumns(fk.columns(), columns)).findFirst();
    }

    /** The foreign keys of {@code from} that reference {@code to}. */
    static List<ForeignKey> references(Table from, Table to) {
        return from.foreignKeys().stream().filter(fk -> fk.referencedTable().equalsIgnoreCase(to.name())).toList();
    }

    static boolean sameColumns(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equalsIgnoreCase(b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
