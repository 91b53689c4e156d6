package io.modeldoc.processor.read;

/**
 * One {@code @JoinColumn} of a composite foreign key ({@code @JoinColumns}, or repeated {@code @JoinColumn}).
 *
 * @param name             the column's name as written
 * @param referencedColumn {@code referencedColumnName}; empty to pair the columns with the target's key by position
 */
public record JoinColumnSource(String name, String referencedColumn) {
}
