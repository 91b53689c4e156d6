package io.modeldoc.example.orders;

/** Where an order stands, from checkout to delivery. */
public enum OrderStatus {
    PLACED,
    PAID,
    PACKED,
    SHIPPED,
    DELIVERED,
    CANCELLED
}
