package io.modeldoc.example.catalog;

import io.modeldoc.annotations.Purpose;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * An edition in the catalogue. The price and availability are overwritten by the nightly
 * distributor import, hence the version column.
 */
@Entity
@Table(name = "book",
        uniqueConstraints = @UniqueConstraint(name = "uk_book_isbn", columnNames = "isbn"),
        indexes = {
            @Index(name = "idx_book_title", columnList = "title"),
            @Index(name = "idx_book_publisher_published", columnList = "publisher_id, published_on desc"),
            @Index(name = "idx_book_category", columnList = "category_id")
        })
@Cacheable
@NamedQuery(name = "Book.findByIsbn", query = "select b from Book b where b.isbn = :isbn")
@NamedQuery(name = "Book.searchByTitle",
        query = "select b from Book b where lower(b.title) like lower(concat(:words, '%')) and b.available = true order by b.title")
@NamedNativeQuery(name = "Book.countAvailableByCategory",
        query = "select category_id, count(*) from book where available = true group by category_id")
@Purpose("One edition of a title that the shop lists and sells; each format (hardcover, paperback, e-book) is a book of its own with its own ISBN.")
public class Book {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "book_seq")
    @SequenceGenerator(name = "book_seq", sequenceName = "book_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Purpose("The ISBN-13 of this edition, digits only.")
    @NotNull
    @Pattern(regexp = "97[89][0-9]{10}")
    @Column(name = "isbn", length = 13, nullable = false)
    private String isbn;

    @Purpose("The title as printed on the cover.")
    @NotBlank
    @Size(max = 200)
    @Column(name = "title", length = 200, nullable = false)
    private String title;

    /** The subtitle, when the edition has one. */
    @Size(max = 200)
    @Column(name = "subtitle", length = 200)
    private String subtitle;

    /** The house that publishes this edition. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "publisher_id", nullable = false)
    private Publisher publisher;

    /** Where the edition is shelved; empty until the catalogue team files it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    private Category category;

    /** The authors credited on the cover. */
    @ManyToMany
    @JoinTable(name = "book_author",
            joinColumns = @JoinColumn(name = "book_id"),
            inverseJoinColumns = @JoinColumn(name = "author_id"))
    private Set<Author> authors = new HashSet<>();

    @Purpose("Whether the edition is printed, digital or spoken.")
    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "format", length = 16, nullable = false)
    private BookFormat format;

    @Purpose("The recommended retail price in euros, tax included.")
    @NotNull
    @PositiveOrZero
    @Digits(integer = 8, fraction = 2)
    @Column(name = "list_price", precision = 10, scale = 2, nullable = false)
    private BigDecimal listPrice;

    /** The day the edition was or will be published. */
    @Column(name = "published_on")
    private LocalDate publishedOn;

    /** The number of printed pages; empty for e-books and audiobooks. */
    @Min(1)
    @Max(10000)
    @Column(name = "page_count")
    private Integer pageCount;

    /** The front cover as a JPEG of at most 512 KB, shown on the book page. */
    @Lob
    @Column(name = "cover_image")
    private byte[] coverImage;

    /** Whether shoppers can order the edition today. */
    @Column(name = "available", nullable = false)
    private boolean available;

    /** Optimistic lock: the import and the catalogue team may change one edition at once. */
    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Book() {
    }

    public Long getId() {
        return id;
    }

    public String getIsbn() {
        return isbn;
    }

    public String getTitle() {
        return title;
    }

    public Publisher getPublisher() {
        return publisher;
    }

    public Set<Author> getAuthors() {
        return authors;
    }

    public BigDecimal getListPrice() {
        return listPrice;
    }
}
