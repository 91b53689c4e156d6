package io.modeldoc.processor.model;

/** How a declared query is written. */
public enum QueryLanguage {
    /** Jakarta Persistence's query language: {@code @NamedQuery}, {@code @Query}. */
    JPQL,
    /** The database's own SQL: {@code @NamedNativeQuery}, {@code @Query(nativeQuery = true)}. */
    SQL,
    /** A Spring Data repository method whose name is the query ({@code findByEmail}). */
    DERIVED
}
