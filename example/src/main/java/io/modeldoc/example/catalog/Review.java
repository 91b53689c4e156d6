package io.modeldoc.example.catalog;

import io.modeldoc.annotations.AccessControl;
import io.modeldoc.annotations.Archival;
import io.modeldoc.annotations.BusinessRule;
import io.modeldoc.annotations.Purpose;
import io.modeldoc.annotations.Risk;
import io.modeldoc.annotations.Sensitive;
import io.modeldoc.annotations.UsagePatterns;
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
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A shopper's rating of and opinion on a book, shown on the book page once a moderator has
 * published it.
 */
@Entity
@Table(name = "review", indexes = @Index(name = "idx_review_book_status", columnList = "book_id, status"))
@BusinessRule(id = "BR-REV-1", value = "A shopper reviews an edition at most once; a second review replaces the first.")
@AccessControl(
        read = {"storefront", "moderation"},
        write = {"storefront", "moderation"},
        audit = "Every moderation decision is logged with the moderator and the time.")
@NamedQuery(name = "Review.findPublishedByBook",
        query = "select r from Review r where r.book = :book and r.status = io.modeldoc.example.catalog.ReviewStatus.PUBLISHED"
                + " order by r.submittedAt desc")
@UsagePatterns(
        reads = "The published reviews of one book, newest first",
        writes = "About 1,500 new reviews a day; one moderation decision each",
        volume = "About 400,000 reviews",
        growth = "+15 % a year",
        performance = "Reviews of a book page under 30 ms at the 95th percentile")
@Archival("Rejected reviews are deleted after 90 days; published reviews are kept as long as the book is listed.")
@Risk(value = "Fake or paid reviews mislead shoppers", kind = Risk.Kind.BUSINESS, impact = Risk.Impact.MEDIUM,
        mitigation = "Reviews are published only after moderation, and only buyers of the book may review it")
public class Review {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    /** The book reviewed. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "book_id", nullable = false)
    private Book book;

    /** The name the reviewer chose to show with the review. */
    @Sensitive(classification = Sensitive.Classification.PII)
    @NotBlank
    @Size(max = 80)
    @Column(name = "reviewer_name", length = 80, nullable = false)
    private String reviewerName;

    @Purpose("The stars given, from 1 to 5.")
    @BusinessRule(id = "BR-REV-2", value = "A rating is a whole number of stars from 1 to 5.", check = "rating between 1 and 5")
    @Column(name = "rating", nullable = false)
    private int rating;

    /** The review itself, plain text without markup. */
    @Lob
    @NotBlank
    @Column(name = "body", nullable = false)
    private String body;

    /** Where the review stands in moderation. */
    @NotNull
    @Enumerated(EnumType.ORDINAL)
    @Column(name = "status", nullable = false)
    private ReviewStatus status;

    /** When the shopper sent the review. */
    @NotNull
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected Review() {
    }

    /** A review enters moderation when the shopper sends it. */
    @PrePersist
    void submit() {
        submittedAt = Instant.now();
        status = ReviewStatus.SUBMITTED;
    }

    public Long getId() {
        return id;
    }

    public int getRating() {
        return rating;
    }

    public ReviewStatus getStatus() {
        return status;
    }
}
