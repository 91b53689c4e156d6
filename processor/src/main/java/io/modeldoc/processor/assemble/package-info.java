/**
 * Turns the entity sources of a compilation into one {@link io.modeldoc.processor.model.DataModel}:
 * physical names through the naming strategy, foreign keys and join tables resolved against their
 * target entities, sequences, features, and everything sorted so the output never depends on the
 * order javac handed the classes over.
 */
package io.modeldoc.processor.assemble;
