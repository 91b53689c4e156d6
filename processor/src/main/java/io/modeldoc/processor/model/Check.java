package io.modeldoc.processor.model;

/** A named table-level CHECK constraint, e.g. from {@code @BusinessRule(check)}. */
public record Check(String name, String expression) {
}
