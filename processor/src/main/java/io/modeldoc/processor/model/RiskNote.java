package io.modeldoc.processor.model;

/**
 * A risk of the design ({@code @Risk}).
 *
 * @param kind   {@code Technical} or {@code Business}
 * @param impact {@code Low}, {@code Medium}, {@code High} or {@code Critical}
 */
public record RiskNote(String description, String kind, String impact, String mitigation) {
}
