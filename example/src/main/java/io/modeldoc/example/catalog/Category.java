package io.modeldoc.example.catalog;

import io.modeldoc.annotations.BusinessRule;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A shelf of the shop navigation, such as Science Fiction or Cookery. Categories form a tree in
 * which a top-level category has no parent.
 */
@Entity
@Cacheable
@Table(name = "category", uniqueConstraints = @UniqueConstraint(name = "uk_category_slug", columnNames = "slug"))
@BusinessRule(id = "BR-CAT-1", value = "A category is never its own ancestor, and the tree is at most three levels deep.")
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    /** The name shown in the navigation. */
    @NotBlank
    @Size(max = 80)
    @Column(name = "name", length = 80, nullable = false)
    private String name;

    /** The last path segment of the category page address, in lower-case letters, digits and hyphens. */
    @NotBlank
    @Pattern(regexp = "[a-z0-9-]+")
    @Size(max = 80)
    @Column(name = "slug", length = 80, nullable = false)
    private String slug;

    /** The enclosing category; empty for a top-level category. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Category parent;

    /** The position among its sibling categories, smallest first. */
    @Min(0)
    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    protected Category() {
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public Category getParent() {
        return parent;
    }
}
