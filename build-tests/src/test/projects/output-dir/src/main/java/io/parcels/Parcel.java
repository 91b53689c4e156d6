package io.parcels;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A parcel handed to a carrier. */
@Entity
public class Parcel {

    @Id
    private Long id;

    /** What a parcel weighs, in grams. */
    private int weight;
}
