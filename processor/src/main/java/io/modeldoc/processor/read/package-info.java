/**
 * Reads what the user wrote: the only package that touches {@code javax.lang.model}. Annotations
 * are matched by qualified name ({@link JpaNames}), so neither JPA nor Bean Validation is needed
 * on the processor's class path. The output is a source model of records ({@link EntitySource})
 * that holds no element: one record per entity, with embedded values flattened and every fact
 * that the class alone decides already decided.
 */
package io.modeldoc.processor.read;
