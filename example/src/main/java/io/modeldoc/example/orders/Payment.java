package io.modeldoc.example.orders;

import io.modeldoc.annotations.AccessControl;
import io.modeldoc.annotations.Archival;
import io.modeldoc.annotations.BusinessRule;
import io.modeldoc.annotations.Purpose;
import io.modeldoc.annotations.Sensitive;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * The money received for an order, as confirmed by the payment provider. Card numbers stay with
 * the provider; the shop keeps only what a refund or a dispute needs.
 */
@Entity
@Table(name = "payment", indexes = @Index(name = "idx_payment_provider_reference", columnList = "provider_reference"))
@AccessControl(
        read = {"finance", "customer-service"},
        write = "payment-service",
        audit = "Every refund is recorded in the finance ledger with the operator and the reason.")
@NamedQuery(name = "Payment.findByProviderReference",
        query = "select p from Payment p where p.providerReference = :reference")
@Archival("Kept 10 years as accounting records: moved to the archive database 2 years after capture, deleted after 10.")
@BusinessRule(id = "BR-PAY-1", value = "A payment is captured only after it was authorised.",
        check = "captured_at is null or authorised_at is not null")
public class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    /** The order this payment settles; an order is paid at most once. */
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "purchase_order_id", nullable = false, unique = true)
    private PurchaseOrder order;

    /** How the customer paid. */
    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "method", length = 16, nullable = false)
    private PaymentMethod method;

    /** The amount received, in euros. */
    @NotNull
    @PositiveOrZero
    @Digits(integer = 10, fraction = 2)
    @Column(name = "amount", precision = 12, scale = 2, nullable = false)
    private BigDecimal amount;

    @Purpose("The last four digits of the card, printed on receipts; empty for other methods.")
    @Sensitive(classification = Sensitive.Classification.FINANCIAL,
            protection = "Only the last four digits are stored; the full number never reaches the shop")
    @Pattern(regexp = "[0-9]{4}")
    @Column(name = "card_last_digits", length = 4)
    private String cardLastDigits;

    @Purpose("The provider's transaction identifier, needed for refunds and disputes.")
    @Sensitive(classification = Sensitive.Classification.CONFIDENTIAL)
    @NotBlank
    @Size(max = 64)
    @Column(name = "provider_reference", length = 64, nullable = false)
    private String providerReference;

    /** When the provider authorised the amount, in the shop's local time. */
    @Column(name = "authorised_at")
    private LocalDateTime authorisedAt;

    /** When the money was captured; empty while it is only authorised. */
    @Column(name = "captured_at")
    private Instant capturedAt;

    protected Payment() {
    }

    public Long getId() {
        return id;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
