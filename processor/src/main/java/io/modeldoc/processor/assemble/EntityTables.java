package io.modeldoc.processor.assemble;

import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.read.AttributeSource;
import io.modeldoc.processor.read.EntitySource;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The physical table name and primary-key columns of every entity, computed once so that
 * resolving an association is a map look-up.
 */
final class EntityTables {

    private final Map<String, EntitySource> sources = new TreeMap<>();
    private final Map<String, String> tables = new TreeMap<>();
    private final Map<String, List<Column>> primaryKeys = new TreeMap<>();

    EntityTables(List<EntitySource> entities, Naming naming, ColumnFactory columns) {
        for (EntitySource entity : entities) {
            sources.put(entity.qualifiedName(), entity);
            tables.put(entity.qualifiedName(), naming.physical(entity.table().isEmpty() ? entity.entityName() : entity.table()));
            primaryKeys.put(entity.qualifiedName(), entity.ids().stream().map(columns::of).toList());
        }
    }

    boolean contains(String entity) {
        return sources.containsKey(entity);
    }

    EntitySource source(String entity) {
        return sources.get(entity);
    }

    String table(String entity) {
        return tables.get(entity);
    }

    List<Column> primaryKey(String entity) {
        return primaryKeys.get(entity);
    }

    /** The attribute of {@code entity} mapped by {@code mappedBy} on the other side, if any. */
    AttributeSource inverseOf(String entity, String attribute, String target) {
        EntitySource targetSource = sources.get(target);
        if (targetSource == null) {
            return null;
        }
        return targetSource.attributes().stream()
                .filter(a -> a.association() != null && a.association().target().equals(entity)
                        && a.association().mappedBy().equals(attribute))
                .findFirst().orElse(null);
    }
}
