package io.modeldoc.processor.model;

/**
 * A named query declared on an entity ({@code @NamedQuery}, {@code @NamedNativeQuery}).
 *
 * @param nativeQuery whether it is SQL rather than JPQL
 */
public record NamedQuery(String name, String query, boolean nativeQuery) {
}
