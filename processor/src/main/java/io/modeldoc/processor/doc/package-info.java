/**
 * The design documents: {@code <feature-slug>.md} per feature and {@code index.md}.
 *
 * <p>{@link io.modeldoc.processor.doc.DocumentPlanner} reads the {@code DataModel}, the first
 * dialect and its script once into lookup maps, and asks one small planner per template section
 * for a view record ({@link io.modeldoc.processor.doc.FeatureDocument},
 * {@link io.modeldoc.processor.doc.IndexDocument} and their parts). Every string in a view is
 * already escaped for its place by {@link io.modeldoc.processor.doc.Markdown} or
 * {@link io.modeldoc.processor.doc.Mermaid}; a section nothing feeds is {@code null}.
 * {@link io.modeldoc.processor.doc.DocumentRenderer} lays the views out with
 * {@code feature.md.ftl} and {@code index.md.ftl}, which hold layout only.
 */
package io.modeldoc.processor.doc;
