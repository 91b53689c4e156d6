package io.modeldoc.processor.read;

/** A {@code @BusinessRule} as written. */
public record RuleSource(String id, String text, String check) {
}
