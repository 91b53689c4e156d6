package io.modeldoc.example.orders;

import io.modeldoc.annotations.BusinessRule;
import io.modeldoc.annotations.Purpose;
import io.modeldoc.annotations.Risk;
import io.modeldoc.example.catalog.Book;
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
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * One edition in an order: which book, how many copies and at what price. The price is copied
 * from the catalogue at checkout, so later price changes never alter a placed order.
 */
@Entity
@Table(name = "order_line",
        uniqueConstraints = @UniqueConstraint(name = "uk_order_line_order_book", columnNames = {"purchase_order_id", "book_id"}),
        indexes = @Index(name = "idx_order_line_book", columnList = "book_id"))
@BusinessRule(id = "BR-OL-2", value = "The unit price is never negative; free books cost zero.", check = "unit_price >= 0")
@Risk(value = "Catalogue price changes during checkout could alter a placed order",
        kind = Risk.Kind.BUSINESS, impact = Risk.Impact.HIGH,
        mitigation = "The unit price is copied onto the line when the order is placed")
public class OrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    /** The order this line belongs to. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "purchase_order_id", nullable = false)
    private PurchaseOrder order;

    @Purpose("The edition ordered, from the Catalogue feature.")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "book_id", nullable = false)
    private Book book;

    /** The number of copies. */
    @BusinessRule(id = "BR-OL-1", value = "At least one copy is ordered.", check = "quantity > 0")
    @Min(1)
    @Max(99)
    @Column(name = "quantity", nullable = false)
    private int quantity;

    /** The price of one copy at checkout, tax included. */
    @NotNull
    @Digits(integer = 8, fraction = 2)
    @Column(name = "unit_price", precision = 10, scale = 2, nullable = false)
    private BigDecimal unitPrice;

    protected OrderLine() {
    }

    public Long getId() {
        return id;
    }

    public Book getBook() {
        return book;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }
}
