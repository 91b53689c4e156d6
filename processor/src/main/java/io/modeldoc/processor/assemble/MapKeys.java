package io.modeldoc.processor.assemble;

import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.ForeignKey;
import io.modeldoc.processor.read.AttributeSource;
import io.modeldoc.processor.read.MapKeySource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The columns that store the keys of {@code Map} attributes. A key of its own (basic, embeddable or
 * entity) adds columns to the collection or join table, or to the target's table for a one-to-many
 * kept by a join column; an {@code @MapKey} key is an attribute of the target and adds none.
 */
final class MapKeys {

    private final Naming naming;
    private final ColumnFactory columns;
    private final EntityTables entities;

    MapKeys(Naming naming, ColumnFactory columns, EntityTables entities) {
        this.naming = naming;
        this.columns = columns;
        this.entities = entities;
    }

    /**
     * The key's own columns, and the foreign key of an entity key.
     *
     * @param nullable whether the columns may be null: not in a collection or join table, whose primary key they
     *                 join; yes in a target's table, whose rows need not belong to a map
     */
    KeyColumns of(MapKeySource key, String attribute, boolean nullable) {
        List<Column> keyColumns = new ArrayList<>();
        ForeignKey foreignKey = null;
        switch (key.kind()) {
            case BASIC, EMBEDDABLE -> key.columns().forEach(c -> keyColumns.add(columns.of(c, false).withNullable(nullable)));
            case ENTITY -> {
                List<Column> referenced = entities.primaryKey(key.entity());
                if (referenced == null) {
                    break; // an entity outside the compilation: nothing to refer to
                }
                List<String> names = entityKeyNames(key, attribute, referenced);
                for (int i = 0; i < referenced.size(); i++) {
                    keyColumns.add(columns.referring(names.get(i), referenced.get(i), nullable, false));
                }
                foreignKey = new ForeignKey("", names, entities.table(key.entity()), referenced.stream().map(Column::name).toList(),
                        entities.namespace(key.entity()));
            }
            default -> {
            }
        }
        return new KeyColumns(keyColumns, Optional.ofNullable(foreignKey));
    }

    /** {@code @MapKeyJoinColumn(name)}, else {@code <attribute>_KEY} (one per referenced column when the key is composite). */
    private List<String> entityKeyNames(MapKeySource key, String attribute, List<Column> referenced) {
        if (!key.joinColumn().isEmpty() && referenced.size() == 1) {
            return List.of(naming.physical(key.joinColumn()));
        }
        if (referenced.size() == 1) {
            return List.of(naming.physical(attribute + "_KEY"));
        }
        return referenced.stream().map(c -> naming.physical(attribute + "_KEY_" + c.name())).toList();
    }

    /**
     * What keys the map, for the document: the target's attribute named by {@code @MapKey} (its
     * identifier when unnamed), else the key's own physical columns; empty for an attribute that is no map.
     */
    List<String> describe(AttributeSource attribute) {
        MapKeySource key = attribute.elements() != null ? attribute.elements().mapKey()
                : attribute.association() != null ? attribute.association().mapKey() : null;
        if (key == null) {
            return List.of();
        }
        if (key.kind() == MapKeySource.Kind.TARGET_ATTRIBUTE) {
            if (!key.attribute().isEmpty()) {
                return List.of(key.attribute());
            }
            var target = entities.source(attribute.association().target());
            return target == null ? List.of() : target.ids().stream().map(AttributeSource::name).toList();
        }
        return of(key, attribute.name(), false).names();
    }

    /** A map key's columns and, for an entity key, the foreign key they form. */
    record KeyColumns(List<Column> columns, Optional<ForeignKey> foreignKey) {

        List<String> names() {
            return columns.stream().map(Column::name).toList();
        }
    }
}
