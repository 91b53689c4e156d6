package io.modeldoc.example.orders;

import io.modeldoc.annotations.BusinessRule;
import io.modeldoc.annotations.Purpose;
import io.modeldoc.annotations.Risk;
import io.modeldoc.annotations.UsagePatterns;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An order as placed at checkout. The table is called purchase_order because ORDER is a reserved
 * word in SQL.
 */
@Entity
@Table(name = "purchase_order",
        uniqueConstraints = @UniqueConstraint(name = "uk_purchase_order_public_reference", columnNames = "public_reference"),
        indexes = {
            @Index(name = "idx_purchase_order_customer_placed", columnList = "customer_id, placed_at desc"),
            @Index(name = "idx_purchase_order_status", columnList = "status")
        })
@Purpose("One checkout by one customer: the unit the warehouse ships and finance invoices.")
@NamedQuery(name = "PurchaseOrder.findRecentByCustomer",
        query = "select o from PurchaseOrder o where o.customer = :customer order by o.placedAt desc")
@NamedQuery(name = "PurchaseOrder.findOpenByStatus",
        query = """
                select o from PurchaseOrder o
                where o.status in :statuses
                order by o.placedAt""")
@EntityListeners(WarehouseExportListener.class)
@UsagePatterns(
        reads = {"Order history page: the 20 latest orders of one customer", "Warehouse queue: paid orders not yet packed"},
        writes = {"One insert at checkout", "Status updates by the warehouse, about four per order"},
        volume = "About 40,000 orders a month; 3 million kept online",
        growth = "+25 % a year",
        performance = "Order history under 100 ms at the 95th percentile")
@BusinessRule(id = "BR-ORD-1", value = "A discount never exceeds half the order value.",
        check = "discount_percent between 0 and 50")
@BusinessRule(id = "BR-ORD-2", value = "The total equals the sum of the lines after the discount.")
@Risk(value = "Lost updates when the warehouse and customer service change one order at the same time",
        kind = Risk.Kind.TECHNICAL, impact = Risk.Impact.MEDIUM,
        mitigation = "Optimistic locking on the version column")
public class PurchaseOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "purchase_order_seq")
    @SequenceGenerator(name = "purchase_order_seq", sequenceName = "purchase_order_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Purpose("The number printed on the invoice and quoted to customer service.")
    @NotNull
    @Pattern(regexp = "ORD-[0-9]{8}")
    @Column(name = "order_number", length = 12, nullable = false, unique = true)
    private String orderNumber;

    @Purpose("The reference used in links sent to the customer, so that order numbers cannot be guessed.")
    @NotNull
    @Column(name = "public_reference", nullable = false)
    private UUID publicReference;

    /** The customer who placed the order. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    /** Where the order stands. */
    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16, nullable = false)
    private OrderStatus status;

    /** When the customer confirmed the checkout. */
    @NotNull
    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    /** The discount on the whole order, in percent. */
    @Column(name = "discount_percent", nullable = false)
    private int discountPercent;

    /** The amount charged, tax included, after the discount. */
    @NotNull
    @PositiveOrZero
    @Digits(integer = 10, fraction = 2)
    @Column(name = "total_amount", precision = 12, scale = 2, nullable = false)
    private BigDecimal totalAmount;

    /** The books ordered, one line per edition. */
    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<OrderLine> lines = new ArrayList<>();

    /** The payment settling the order; empty until the customer has paid. */
    @OneToOne(mappedBy = "order", fetch = FetchType.LAZY)
    private Payment payment;

    /** The parcels sent for the order. */
    @OneToMany(mappedBy = "order", cascade = {CascadeType.PERSIST, CascadeType.MERGE})
    private List<Shipment> shipments = new ArrayList<>();

    /** Optimistic lock. */
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PurchaseOrder() {
    }

    /** A new order is placed now, unless the caller recorded an earlier checkout time. */
    @PrePersist
    void placeAtCheckout() {
        if (placedAt == null) {
            placedAt = Instant.now();
        }
        if (status == null) {
            status = OrderStatus.PLACED;
        }
    }

    public Long getId() {
        return id;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public UUID getPublicReference() {
        return publicReference;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public List<OrderLine> getLines() {
        return lines;
    }
}
