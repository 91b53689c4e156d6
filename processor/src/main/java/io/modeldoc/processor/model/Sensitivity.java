package io.modeldoc.processor.model;

/**
 * Sensitive data held by an attribute ({@code @Sensitive}).
 *
 * @param classification the label, e.g. {@code PII}
 * @param protection     how it is protected; empty when nothing is stated
 */
public record Sensitivity(String classification, String protection) {
}
