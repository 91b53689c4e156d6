package io.modeldoc.example.catalog;

import io.modeldoc.annotations.BusinessRule;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * A publishing house whose books the shop sells. The catalogue team creates a publisher when
 * the first edition of a new house is listed; a publisher is never deleted while books refer to
 * it.
 */
@Entity
@Cacheable
@Table(name = "publisher", uniqueConstraints = @UniqueConstraint(name = "uk_publisher_name", columnNames = "name"))
@BusinessRule(id = "BR-PUB-1", value = "Publisher web sites are linked over HTTPS only.",
        check = "website_url is null or website_url like 'https://%'")
public class Publisher {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    /** The imprint name as printed on the spine. */
    @NotBlank
    @Size(max = 120)
    @Column(name = "name", length = 120, nullable = false)
    private String name;

    /** The ISO 3166 two-letter code of the country the house is registered in. */
    @NotNull
    @Pattern(regexp = "[A-Z]{2}")
    @Column(name = "country_code", length = 2, nullable = false)
    private String countryCode;

    /** The trade web site, linked from the publisher page. */
    @Size(max = 255)
    @Column(name = "website_url", length = 255)
    private String websiteUrl;

    /** The editions of this house in the catalogue. */
    @OneToMany(mappedBy = "publisher")
    private List<Book> books = new ArrayList<>();

    protected Publisher() {
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public List<Book> getBooks() {
        return books;
    }
}
