/**
 * The immutable model between reading elements and rendering: records only, no
 * {@code javax.lang.model} element inside, lists copied and in their final order when built.
 *
 * <p>Two views of one data model live here: the documentary view ({@link Feature}, {@link Entity},
 * {@link Attribute}, {@link Relationship}, {@link Rule}) and the relational view ({@link Table},
 * {@link Column}, keys, {@link Index}, {@link Sequence}), with physical names already resolved by
 * the naming strategy. Dialects only decide how the relational view is spelled.
 */
package io.modeldoc.processor.model;
