package io.modeldoc.example.orders;

import io.modeldoc.annotations.BusinessRule;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A parcel sent for an order; a large order may ship in several parcels. */
@Entity
@Table(name = "shipment",
        uniqueConstraints = @UniqueConstraint(name = "uk_shipment_tracking", columnNames = {"carrier", "tracking_number"}),
        indexes = @Index(name = "idx_shipment_order", columnList = "purchase_order_id"))
@BusinessRule(id = "BR-SHP-1", value = "A parcel is delivered on or after the day it was shipped.",
        check = "{deliveredOn} is null or {deliveredOn} >= {shippedOn}")
public class Shipment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    /** The order the parcel belongs to. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "purchase_order_id", nullable = false)
    private PurchaseOrder order;

    /** The parcel service carrying it. */
    @NotNull
    @Column(name = "carrier", nullable = false)
    private Carrier carrier;

    /** The carrier's tracking number, sent to the customer; international parcels carry up to 64 characters. */
    @NotBlank
    @Size(max = 64)
    @Column(name = "tracking_number", length = 64, nullable = false)
    private String trackingNumber;

    /** The parcel's weight as the carrier measured it, in grams; empty until the carrier reports it. */
    @Column(name = "weight_grams")
    private Integer weightGrams;

    /** The day the parcel left the warehouse. */
    @NotNull
    @Column(name = "shipped_on", nullable = false)
    private LocalDate shippedOn;

    /** The day the carrier reported delivery; empty while the parcel is on its way. */
    @Column(name = "delivered_on")
    private LocalDate deliveredOn;

    protected Shipment() {
    }

    public Long getId() {
        return id;
    }

    public Carrier getCarrier() {
        return carrier;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }
}
