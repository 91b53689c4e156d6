package io.plain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** One thing on a shelf. */
@Entity
public class Item {

    @Id
    private Long id;

    /** The label printed on it. */
    private String label;

    /** The shelf it stands on. */
    @ManyToOne
    private Shelf shelf;
}
