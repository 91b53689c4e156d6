package io.plain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.List;

/** A shelf of the shop. */
@Entity
public class Shelf {

    @Id
    private Long id;

    /** Where it stands. */
    private String aisle;

    /** What stands on it. */
    @OneToMany(mappedBy = "shelf")
    private List<Item> items;
}
