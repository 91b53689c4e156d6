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
 * @param cacheRegion   the cache region Hibernate's {@code @Cache(region)} names; empty for the default (the entity's name)
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
        String cacheRegion,
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

    public boolean documented() {
        return !purpose.isEmpty();
    }

    /** A builder for an entity. */
    public static Builder builder(String qualifiedName) {
        return new Builder(qualifiedName);
    }

    /** A builder that starts from this entity. */
    public Builder toBuilder() {
        return new Builder(qualifiedName)
                .simpleName(simpleName)
                .entityName(entityName)
                .featureSlug(featureSlug)
                .table(table)
                .purpose(purpose)
                .attributes(attributes)
                .relationships(relationships)
                .rules(rules)
                .usage(usage)
                .access(access)
                .archival(archival)
                .risks(risks)
                .queries(queries)
                .callbacks(callbacks)
                .cache(cache)
                .cacheRegion(cacheRegion)
                .audited(audited)
                .inheritance(inheritance);
    }

    /** Builds an entity by name rather than by the position of its 18 components. */
    public static final class Builder {
        private final String qualifiedName;
        private String simpleName = "";
        private String entityName = "";
        private String featureSlug = "";
        private String table = "";
        private String purpose = "";
        private List<Attribute> attributes = List.of();
        private List<Relationship> relationships = List.of();
        private List<Rule> rules = List.of();
        private Usage usage = Usage.NONE;
        private AccessPolicy access = AccessPolicy.NONE;
        private String archival = "";
        private List<RiskNote> risks = List.of();
        private List<NamedQuery> queries = List.of();
        private List<Callback> callbacks = List.of();
        private String cache = "";
        private String cacheRegion = "";
        private boolean audited;
        private Inheritance inheritance;

        private Builder(String qualifiedName) {
            this.qualifiedName = qualifiedName;
        }

        public Builder simpleName(String value) {
            simpleName = value;
            return this;
        }

        public Builder entityName(String value) {
            entityName = value;
            return this;
        }

        public Builder featureSlug(String value) {
            featureSlug = value;
            return this;
        }

        public Builder table(String value) {
            table = value;
            return this;
        }

        public Builder purpose(String value) {
            purpose = value;
            return this;
        }

        public Builder attributes(List<Attribute> value) {
            attributes = value;
            return this;
        }

        public Builder relationships(List<Relationship> value) {
            relationships = value;
            return this;
        }

        public Builder rules(List<Rule> value) {
            rules = value;
            return this;
        }

        public Builder usage(Usage value) {
            usage = value;
            return this;
        }

        public Builder access(AccessPolicy value) {
            access = value;
            return this;
        }

        public Builder archival(String value) {
            archival = value;
            return this;
        }

        public Builder risks(List<RiskNote> value) {
            risks = value;
            return this;
        }

        public Builder queries(List<NamedQuery> value) {
            queries = value;
            return this;
        }

        public Builder callbacks(List<Callback> value) {
            callbacks = value;
            return this;
        }

        public Builder cache(String value) {
            cache = value;
            return this;
        }

        public Builder cacheRegion(String value) {
            cacheRegion = value;
            return this;
        }

        public Builder audited(boolean value) {
            audited = value;
            return this;
        }

        public Builder inheritance(Inheritance value) {
            inheritance = value;
            return this;
        }

        public Entity build() {
            return new Entity(qualifiedName, simpleName, entityName, featureSlug, table, purpose, attributes, relationships, rules, usage, access, archival, risks, queries, callbacks, cache, cacheRegion, audited, inheritance);
        }
    }

}
