package io.modeldoc.example.catalog;

import io.modeldoc.annotations.Purpose;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * An author as the catalogue knows them. Ids come from a sequence because the nightly import
 * creates authors in batches.
 */
@Entity
@Table(name = "author", indexes = @Index(name = "idx_author_sort_name", columnList = "sort_name"))
@Purpose("A writer credited on one or more editions; one author is shared by all their books, whoever publishes them.")
public class Author {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "author_seq")
    @SequenceGenerator(name = "author_seq", sequenceName = "author_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Purpose("The name shown to shoppers, such as Ursula K. Le Guin.")
    @NotBlank
    @Size(max = 150)
    @Column(name = "display_name", length = 150, nullable = false)
    private String displayName;

    @Purpose("The name used for alphabetical listings, such as Le Guin, Ursula K.")
    @NotBlank
    @Size(max = 150)
    @Column(name = "sort_name", length = 150, nullable = false)
    private String sortName;

    /** Date of birth, when the author has made it public. */
    @Column(name = "born_on")
    private LocalDate bornOn;

    /** A short biography for the author page, plain text. */
    @Size(max = 2000)
    @Column(name = "biography", length = 2000)
    private String biography;

    /** The editions crediting this author. */
    @ManyToMany(mappedBy = "authors")
    private Set<Book> books = new HashSet<>();

    protected Author() {
    }

    public Long getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Set<Book> getBooks() {
        return books;
    }
}
