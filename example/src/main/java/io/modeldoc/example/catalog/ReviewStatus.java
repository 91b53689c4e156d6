package io.modeldoc.example.catalog;

/**
 * Where a review stands in moderation. Stored by position: add new states at the end only.
 */
public enum ReviewStatus {
    /** Written by the shopper, waiting for a moderator. */
    SUBMITTED,
    /** Visible on the book page. */
    PUBLISHED,
    /** Refused by a moderator; kept for a while in case the shopper complains. */
    REJECTED
}
