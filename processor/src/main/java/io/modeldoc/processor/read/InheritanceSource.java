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
 */
public record InheritanceSource(String parent, String strategy, String discriminatorColumn, String discriminatorValue,
                                String keyColumn, boolean isAbstract) {

    public boolean isRoot() {
        return parent.isEmpty();
    }
}
