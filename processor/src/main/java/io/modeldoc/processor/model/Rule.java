package io.modeldoc.processor.model;

/**
 * A business rule ({@code @BusinessRule}).
 *
 * @param id        the rule's identifier, e.g. {@code BR-8}; empty when none was given
 * @param text      the rule in words
 * @param check     the SQL boolean expression enforcing it; empty when the application enforces it
 * @param attribute the attribute it was declared on; empty for an entity-level rule
 * @param checkName the name of its CHECK constraint; empty when {@code check} is
 */
public record Rule(String id, String text, String check, String attribute, String checkName) {

    public boolean enforcedByDatabase() {
        return !check.isEmpty();
    }
}
