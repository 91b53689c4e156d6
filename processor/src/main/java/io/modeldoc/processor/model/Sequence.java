package io.modeldoc.processor.model;

/** A database sequence backing {@code @GeneratedValue(strategy = SEQUENCE)} or {@code AUTO}. */
public record Sequence(String name, long initialValue, int allocationSize) {
}
