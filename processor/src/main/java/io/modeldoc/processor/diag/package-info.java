/**
 * Diagnostics: one catalogue of messages ({@link Message}), each with a stable tag, a kind and a
 * text saying what is wrong and how to fix it, and the {@link Reporter} that pins them on the
 * element at fault.
 */
package io.modeldoc.processor.diag;
