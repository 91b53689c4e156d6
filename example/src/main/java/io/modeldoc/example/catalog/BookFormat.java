package io.modeldoc.example.catalog;

/** The physical or digital form in which an edition is sold. */
public enum BookFormat {
    HARDCOVER,
    PAPERBACK,
    EBOOK,
    AUDIOBOOK
}
