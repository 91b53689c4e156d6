package io.shop.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** A book the shop sells. */
@Entity
public class Book {

    /** The ISBN-13. */
    @Id
    @Column(length = 13)
    private String isbn;

    /** The title on the cover. */
    private String title;

    /** When the edition was published. */
    private LocalDate publishedOn;
}
