package io.modeldoc.processor.read;

import io.modeldoc.processor.model.Namespace;

import java.util.List;

/**
 * An {@code @ElementCollection} as written: the values live in a collection table of their own.
 *
 * @param table       {@code @CollectionTable(name)}; empty when implicit
 * @param joinColumns {@code @CollectionTable(joinColumns)} names; empty when implicit
 * @param columns     the element's columns: one for a basic or enum element, one per field of an embeddable
 * @param orderColumn {@code @OrderColumn}'s name; empty when the collection keeps no order
 * @param set         whether the collection is a {@code Set} (its values are then unique per owner)
 * @param basic       whether the element is a basic value rather than an embeddable
 * @param namespace   {@code @CollectionTable(catalog, schema)} as written
 * @param mapKey      the key of a {@code Map}; {@code null} for other collections
 * @param associations the embeddable element's owning to-one associations: their join columns live in the collection table
 * @param fetch       {@code @ElementCollection(fetch)}: {@code LAZY} or {@code EAGER}
 * @param orderBy     {@code @OrderBy}'s value, the element's column for a basic element when it gives none; empty
 *                    without {@code @OrderBy}
 */
public record ElementCollectionSource(String table, List<String> joinColumns, List<ColumnSource> columns, String orderColumn,
                                      boolean set, boolean basic, Namespace namespace, MapKeySource mapKey,
                                      List<AttributeSource> associations, List<String> keyOrder, String fetch, String orderBy) {

    public ElementCollectionSource {
        joinColumns = List.copyOf(joinColumns);
        columns = List.copyOf(columns);
        keyOrder = List.copyOf(keyOrder);
        namespace = namespace == null ? Namespace.DEFAULT : namespace;
        associations = List.copyOf(associations);
    }
}
