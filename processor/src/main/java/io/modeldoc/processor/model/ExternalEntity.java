package io.modeldoc.processor.model;

/**
 * An entity of another module (a class file on the class path) that an association of this model
 * points to. Its table belongs to that module's script; this model's foreign keys reference it, so
 * the two modules' scripts run one after the other, the other module's first.
 *
 * @param qualifiedName the class's qualified name, as {@link Relationship#target()} names it
 * @param simpleName    the class's simple name
 * @param module        the module that holds it, named after its jar or project folder ({@code catalog})
 * @param feature       the name of the feature that module documents it in; empty when that module has no
 *                      ModelDoc document for it
 * @param document      its section in that module's documents ({@code catalogue.md#book}), relative to the
 *                      {@code modeldoc/} folder that every module's jar has; empty when there is none
 * @param table         its table: the name, namespace, columns and key the other module's {@code model.json}
 *                      gives, or, for a module without one, as this build's settings name them
 */
public record ExternalEntity(String qualifiedName, String simpleName, String module, String feature, String document,
                             Table table) {
}
