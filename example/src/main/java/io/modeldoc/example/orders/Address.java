package io.modeldoc.example.orders;

import io.modeldoc.annotations.Sensitive;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A postal address, stored in the columns of the entity that embeds it. */
@Embeddable
public class Address {

    /** Street, house number and any flat or floor. */
    @Sensitive(classification = Sensitive.Classification.PII, protection = "Masked in logs and support exports")
    @NotBlank
    @Size(max = 160)
    @Column(name = "street", length = 160, nullable = false)
    private String street;

    /** The postal code, in the format of the country. */
    @NotBlank
    @Size(max = 16)
    @Column(name = "postal_code", length = 16, nullable = false)
    private String postalCode;

    /** The town or city. */
    @NotBlank
    @Size(max = 80)
    @Column(name = "city", length = 80, nullable = false)
    private String city;

    /** The ISO 3166 two-letter country code. */
    @NotNull
    @Pattern(regexp = "[A-Z]{2}")
    @Column(name = "country_code", length = 2, nullable = false)
    private String countryCode;

    protected Address() {
    }

    public Address(String street, String postalCode, String city, String countryCode) {
        this.street = street;
        this.postalCode = postalCode;
        this.city = city;
        this.countryCode = countryCode;
    }

    public String getCity() {
        return city;
    }

    public String getCountryCode() {
        return countryCode;
    }
}
