package io.modeldoc.example.orders;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** One scan the carrier reported for a parcel, so customer service sees where it is without calling the carrier. */
@Entity
@Table(name = "parcel_event", indexes = @Index(name = "idx_parcel_event_shipment", columnList = "shipment_id, occurred_at"))
public class ParcelEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    /** The parcel scanned. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "shipment_id", nullable = false)
    private Shipment shipment;

    /** When the carrier scanned it. */
    @NotNull
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** What the carrier reported, in its own words, e.g. "Arrived at the sorting centre". */
    @NotBlank
    @Size(max = 120)
    @Column(name = "description", length = 120, nullable = false)
    private String description;

    protected ParcelEvent() {
    }

    public Long getId() {
        return id;
    }
}
