/**
 * Checks across entities, run on the assembled model before rendering: one class per rule, each
 * adding {@link io.modeldoc.processor.diag.Problem}s that the processor reports on the element at fault.
 * Mistakes a single element can make are caught where it is read ({@code read.AttributeChecks}).
 */
package io.modeldoc.processor.check;
