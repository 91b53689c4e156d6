package io.modeldoc.processor.read;

/**
 * Where an entity stands in an entity hierarchy.
 *
 * @param parent              the nearest {@code @Entity} superclass; empty for a root
 * @param strategy            the hierarchy's {@code @Inheritance} strategy ({@code SINGLE_TABLE}, {@code JOINED},
 *                            {@code TABLE_PER_CLASS}), declared on the root
 * @param discriminatorColumn the root's {@code @DiscriminatorColumn(name)}, {@code DTYPE} by default
 * @param discriminatorValue  {@code @DiscriminatorValue}, else the entity name
 * @param keyColumn           {@code @PrimaryKeyJoinColumn(name)} of a joined subclass; empty when implicit
 * @param isAbstract          whether the class is abstract (it then has no discriminator value)
 * @param discriminator       the root's {@code @DiscriminatorColumn} beyond its name
 */
public record InheritanceSource(String parent, String strategy, String discriminatorColumn, String discriminatorValue,
                                String keyColumn, boolean isAbstract, Discriminator discriminator) {

    /**
     * What the root's {@code @DiscriminatorColumn} says of the column's type.
     *
     * @param declared   whether the root declares {@code @DiscriminatorColumn} (a joined hierarchy has a
     *                   discriminator only then)
     * @param type       {@code STRING}, {@code CHAR} or {@code INTEGER}
     * @param length     the length of a {@code STRING} discriminator, 31 by default
     * @param definition {@code columnDefinition}; empty when the dialect chooses the type
     */
    public record Discriminator(boolean declared, String type, int length, String definition) {

        /** No {@code @DiscriminatorColumn}: Hibernate's {@code DTYPE varchar(31)}. */
        public static final Discriminator DEFAULT = new Discriminator(false, "STRING", 31, "");

        public boolean integer() {
            return type.equals("INTEGER");
        }
    }

    public boolean isRoot() {
        return parent.isEmpty();
    }
}
