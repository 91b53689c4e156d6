/**
 * The queries an application declares, read as access paths: the derived-query method names of Spring Data
 * repositories ({@link DerivedQueryParser}) and JPQL ({@link JpqlReader}) become one {@link QueryShape}; the
 * {@link AccessPlanner} resolves its paths against the model's entities into the columns each table is searched by,
 * and the {@link IndexAdvisor} finds the key or index that serves each such access on a dialect. Pure functions of
 * their inputs: no element, no dialect-specific text.
 */
package io.modeldoc.processor.query;
