package io.modeldoc.processor.model;

/**
 * Where and how an {@code @ElementCollection} keeps its values.
 *
 * @param table       the physical name of its collection table
 * @param fetch       {@code LAZY} or {@code EAGER}
 * @param orderBy     {@code @OrderBy} as written ({@code weekday desc}), the element's column for a basic element;
 *                    empty when the collection is not sorted on loading
 * @param orderColumn the physical name of the {@code @OrderColumn} keeping the list's positions; empty when none
 */
public record ElementCollection(String table, String fetch, String orderBy, String orderColumn) {
}
