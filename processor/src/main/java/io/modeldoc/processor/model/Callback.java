package io.modeldoc.processor.model;

/**
 * A lifecycle callback: a method the persistence provider calls around an event.
 *
 * @param event  the event, e.g. {@code PrePersist}
 * @param method where it is declared, e.g. {@code PurchaseOrder.onCreate} or {@code AuditListener.touch}
 */
public record Callback(String event, String method) {
}
