package io.modeldoc.example.orders;

import io.modeldoc.annotations.AccessControl;
import io.modeldoc.annotations.Archival;
import io.modeldoc.annotations.Purpose;
import io.modeldoc.annotations.Sensitive;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A person registered with the shop. Guests who check out without an account are registered on
 * the fly, so every order has a customer.
 */
@Entity
@Table(name = "customer", indexes = @Index(name = "idx_customer_last_name", columnList = "last_name"))
@AccessControl(
        read = {"customer-service", "checkout-service"},
        write = {"checkout-service", "account-service"},
        audit = "Every read by customer service is logged, to answer GDPR access requests.")
@NamedQuery(name = "Customer.findByEmail", query = "select c from Customer c where c.email = :email")
@Archival("Customers without an order for 3 years are anonymised: name, e-mail, phone and address are overwritten, their orders are kept for accounting.")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Purpose("The login and contact address; no two customers share one.")
    @Sensitive(classification = Sensitive.Classification.PII,
            protection = "Masked in logs and support tools; never exported to analytics")
    @NotBlank
    @Email
    @Size(max = 254)
    @Column(name = "email", length = 254, nullable = false, unique = true)
    private String email;

    /** The first name, as the customer wants to be addressed. */
    @Sensitive(classification = Sensitive.Classification.PII, protection = "Masked in logs")
    @NotBlank
    @Size(max = 80)
    @Column(name = "first_name", length = 80, nullable = false)
    private String firstName;

    /** The family name, printed on parcels. */
    @Sensitive(classification = Sensitive.Classification.PII, protection = "Masked in logs")
    @NotBlank
    @Size(max = 80)
    @Column(name = "last_name", length = 80, nullable = false)
    private String lastName;

    /** A telephone number for delivery questions, in international format. */
    @Sensitive(classification = Sensitive.Classification.PII)
    @Pattern(regexp = "\\+[0-9]{7,15}")
    @Column(name = "phone", length = 16)
    private String phone;

    /** The default delivery and billing address. */
    @Valid
    @Embedded
    private Address address;

    /** Whether the customer agreed to receive the newsletter. */
    @Column(name = "marketing_opt_in", nullable = false)
    private boolean marketingOptIn;

    /** Points earned with past orders, redeemable as a discount. */
    @PositiveOrZero
    @Column(name = "loyalty_points", nullable = false)
    private long loyaltyPoints;

    /** When the account was created, in the shop's local time. */
    @NotNull
    @Column(name = "registered_at", nullable = false)
    private LocalDateTime registeredAt;

    /** The orders this customer placed. */
    @OneToMany(mappedBy = "customer")
    private List<PurchaseOrder> orders = new ArrayList<>();

    protected Customer() {
    }

    /** E-mail addresses are compared in lower case, and the account is registered now. */
    @PrePersist
    void register() {
        email = email.toLowerCase(Locale.ROOT);
        if (registeredAt == null) {
            registeredAt = LocalDateTime.now();
        }
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public Address getAddress() {
        return address;
    }

    public List<PurchaseOrder> getOrders() {
        return orders;
    }
}
