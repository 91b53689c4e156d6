package io.modeldoc.processor.model;

/**
 * A database sequence backing {@code @GeneratedValue(strategy = SEQUENCE)} or {@code AUTO}.
 *
 * @param namespace the catalog and schema of {@code @SequenceGenerator(catalog, schema)}
 */
public record Sequence(String name, long initialValue, int allocationSize, Namespace namespace) {

    public Sequence {
        namespace = namespace == null ? Namespace.DEFAULT : namespace;
    }

    /** A sequence in the default namespace. */
    public Sequence(String name, long initialValue, int allocationSize) {
        this(name, initialValue, allocationSize, Namespace.DEFAULT);
    }

    /** The name with its catalog and schema, as the document shows it. */
    public String qualifiedName() {
        return namespace.qualify(name);
    }
}
