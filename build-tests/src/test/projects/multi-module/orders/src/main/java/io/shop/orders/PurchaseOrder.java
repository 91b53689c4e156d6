package io.shop.orders;

import io.shop.catalog.Book;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A customer's order of one book. */
@Entity
public class PurchaseOrder {

    @Id
    @GeneratedValue
    private Long id;

    /** The book ordered: an entity of the catalog module, mapped without @JoinColumn. */
    @ManyToOne(optional = false)
    private Book book;

    /** How many copies. */
    private int quantity;
}
