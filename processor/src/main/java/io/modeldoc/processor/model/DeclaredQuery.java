package io.modeldoc.processor.model;

/**
 * A query the application declares, as written.
 *
 * @param name       the name it goes by: a named query's name, or {@code OrderRepository.findByEmail}
 * @param declaredBy the qualified name of the class or interface that declares it
 * @param method     the repository method that declares it; empty for a named query, which the annotation on
 *                   {@link #declaredBy()} declares
 * @param language   how it is written
 * @param statement  the JPQL or SQL; for a derived query, the method name
 * @param entity     the qualified name of the entity it is about: the repository's domain type, or the entity
 *                   carrying the named query; empty when the repository's domain type is no entity of the model
 */
public record DeclaredQuery(String name, String declaredBy, String method, QueryLanguage language, String statement,
                            String entity) {
}
