package io.modeldoc.example.orders;

/** How a customer paid. */
public enum PaymentMethod {
    CARD,
    PAYPAL,
    BANK_TRANSFER,
    GIFT_CARD
}
