package io.modeldoc.example.orders;

/**
 * The parcel services the warehouse works with. Shipments store the position of the constant,
 * so new carriers are added at the end only.
 */
public enum Carrier {
    POSTNL,
    DHL,
    DPD,
    UPS
}
