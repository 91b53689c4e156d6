package io.modeldoc.processor.model;

/**
 * Where an entity stands in an entity hierarchy ({@code @Inheritance}); an entity outside any hierarchy has none.
 *
 * @param parent              the qualified name of the nearest entity superclass; empty for the hierarchy's base
 * @param strategy            the hierarchy's strategy, declared on its base: {@code SINGLE_TABLE}, {@code JOINED} or
 *                            {@code TABLE_PER_CLASS}
 * @param discriminatorColumn the physical name of the column telling the subtypes apart, in the base's table; empty
 *                            when the hierarchy has none (table per class, or joined without {@code @DiscriminatorColumn})
 * @param discriminatorValue  the value the rows of this class carry in it; empty for an abstract class or without a
 *                            discriminator
 * @param isAbstract          whether the class is abstract: no row is of this class alone
 */
public record Inheritance(String parent, String strategy, String discriminatorColumn, String discriminatorValue,
                          boolean isAbstract) {

    public boolean isBase() {
        return parent.isEmpty();
    }
}
