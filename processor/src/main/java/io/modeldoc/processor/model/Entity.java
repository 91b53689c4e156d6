package io.modeldoc.processor.model;

import java.util.List;

/**
 * An entity class, as the design document describes it.
 *
 * @param qualifiedName the class's qualified name; the entity's identity everywhere
 * @param simpleName    the class's simple name
 * @param entityName    the JPA entity name ({@code @Entity(name)}, else the simple name)
 * @param featureSlug   the {@link Feature#slug()} of the feature it belongs to
 * @param table         the physical name of its primary table
 * @param purpose       from {@code @Purpose}, else the class Javadoc; empty when neither exists
 * @param attributes    the identifier first, then the attributes in declaration order, superclasses first;
 *                      embedded attributes are flattened to {@code address.city}
 * @param relationships the associations, in declaration order
 * @param rules         business rules, entity-level first, then by attribute
 * @param queries       named queries, in declaration order
 * @param callbacks     lifecycle callbacks of the class, its superclasses and its listeners
 * @param cache         the second-level cache usage ({@code READ_WRITE} ...), {@code cacheable} for plain
 *                      {@code @Cacheable}; empty when not cached
 * @param audited       whether Hibernate Envers keeps the history of its rows ({@code @Audited})
 * @param inheritance   its place in an entity hierarchy; {@code null} when it is in none
 */
public record Entity(
        String qualifiedName,
        String simpleName,
        String entityName,
        String featureSlug,
        String table,
        String purpose,
        List<Attribute> attributes,
        List<Relationship> relationships,
        List<Rule> rules,
        Usage usage,
        AccessPolicy access,
        String archival,
        List<RiskNote> risks,
        List<NamedQuery> queries,
        List<Callback> callbacks,
        String cache,
        boolean audited,
        Inheritance inheritance) {

    public Entity {
        attributes = List.copyOf(attributes);
        relationships = List.copyOf(relationships);
        rules = List.copyOf(rules);
        risks = List.copyOf(risks);
        queries = List.copyOf(queries);
        callbacks = List.copyOf(callbacks);
    }

    /** An entity outside any hierarchy. */
    public Entity(String qualifiedName, String simpleName, String entityName, String featureSlug, String table, String purpose,
                  List<Attribute> attributes, List<Relationship> relationships, List<Rule> rules, Usage usage, AccessPolicy access,
                  String archival, List<RiskNote> risks, List<NamedQuery> queries, List<Callback> callbacks, String cache,
                  boolean audited) {
        this(qualifiedName, simpleName, entityName, featureSlug, table, purpose, attributes, relationships, rules, usage, access,
                archival, risks, queries, callbacks, cache, audited, null);
    }

    public boolean documented() {
        return !purpose.isEmpty();
    }
}
