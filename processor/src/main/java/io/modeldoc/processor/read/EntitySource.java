package io.modeldoc.processor.read;

import io.modeldoc.processor.model.AccessPolicy;
import io.modeldoc.processor.model.Callback;
import io.modeldoc.processor.model.NamedQuery;
import io.modeldoc.processor.model.Index;
import io.modeldoc.processor.model.Namespace;
import io.modeldoc.processor.model.RiskNote;
import io.modeldoc.processor.model.Usage;
import java.util.List;

/**
 * One entity class as written, before names across entities are resolved.
 *
 * @param table        {@code @Table(name)}; empty when implicit
 * @param attributes   the identifier first, then declaration order, superclasses first; embedded values flattened
 * @param indexes      {@code @Table(indexes)}
 * @param uniqueKeys   {@code @Table(uniqueConstraints)}
 * @param rules        entity-level business rules (attribute rules sit on their attribute)
 * @param renamedFrom  the table's name in the baseline ({@code @RenamedFrom}); empty when not renamed
 * @param namespace    {@code @Table(catalog, schema)} as written
 * @param secondaryTables {@code @SecondaryTable}s, in declaration order
 */
public record EntitySource(
        String qualifiedName,
        String simpleName,
        String packageName,
        String entityName,
        String table,
        String tableComment,
        String purpose,
        List<AttributeSource> attributes,
        List<IndexSource> indexes,
        List<UniqueSource> uniqueKeys,
        List<RuleSource> rules,
        Usage usage,
        AccessPolicy access,
        String archival,
        List<RiskNote> risks,
        List<NamedQuery> queries,
        List<Callback> callbacks,
        String cache,
        String cacheRegion,
        boolean audited,
        InheritanceSource inheritance,
        String renamedFrom,
        Namespace namespace,
        List<SecondaryTableSource> secondaryTables) {

    public EntitySource {
        attributes = List.copyOf(attributes);
        indexes = List.copyOf(indexes);
        uniqueKeys = List.copyOf(uniqueKeys);
        rules = List.copyOf(rules);
        risks = List.copyOf(risks);
        queries = List.copyOf(queries);
        callbacks = List.copyOf(callbacks);
        namespace = namespace == null ? Namespace.DEFAULT : namespace;
        secondaryTables = List.copyOf(secondaryTables);
    }

    /** This entity with another purpose and attributes (e.g. descriptions restored from an earlier build). */
    public EntitySource withDocumentation(String newPurpose, List<AttributeSource> newAttributes) {
        return toBuilder().purpose(newPurpose).attributes(newAttributes).build();
    }

    /** The identifier attributes (one, unless the key is composite). */
    public List<AttributeSource> ids() {
        return attributes.stream().filter(AttributeSource::isId).toList();
    }

    /** A builder for an entity class as written. */
    public static Builder builder(String qualifiedName) {
        return new Builder(qualifiedName);
    }

    /** A builder that starts from this entity. */
    public Builder toBuilder() {
        return new Builder(qualifiedName)
                .simpleName(simpleName)
                .packageName(packageName)
                .entityName(entityName)
                .table(table)
                .tableComment(tableComment)
                .purpose(purpose)
                .attributes(attributes)
                .indexes(indexes)
                .uniqueKeys(uniqueKeys)
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
                .inheritance(inheritance)
                .renamedFrom(renamedFrom)
                .namespace(namespace)
                .secondaryTables(secondaryTables);
    }

    /** Builds an entity class as written by name rather than by the position of its 23 components. */
    public static final class Builder {
        private final String qualifiedName;
        private String simpleName = "";
        private String packageName = "";
        private String entityName = "";
        private String table = "";
        private String tableComment = "";
        private String purpose = "";
        private List<AttributeSource> attributes = List.of();
        private List<IndexSource> indexes = List.of();
        private List<UniqueSource> uniqueKeys = List.of();
        private List<RuleSource> rules = List.of();
        private Usage usage = Usage.NONE;
        private AccessPolicy access = AccessPolicy.NONE;
        private String archival = "";
        private List<RiskNote> risks = List.of();
        private List<NamedQuery> queries = List.of();
        private List<Callback> callbacks = List.of();
        private String cache = "";
        private String cacheRegion = "";
        private boolean audited;
        private InheritanceSource inheritance;
        private String renamedFrom = "";
        private Namespace namespace = Namespace.DEFAULT;
        private List<SecondaryTableSource> secondaryTables = List.of();

        private Builder(String qualifiedName) {
            this.qualifiedName = qualifiedName;
        }

        public Builder simpleName(String value) {
            simpleName = value;
            return this;
        }

        public Builder packageName(String value) {
            packageName = value;
            return this;
        }

        public Builder entityName(String value) {
            entityName = value;
            return this;
        }

        public Builder table(String value) {
            table = value;
            return this;
        }

        public Builder tableComment(String value) {
            tableComment = value;
            return this;
        }

        public Builder purpose(String value) {
            purpose = value;
            return this;
        }

        public Builder attributes(List<AttributeSource> value) {
            attributes = value;
            return this;
        }

        public Builder indexes(List<IndexSource> value) {
            indexes = value;
            return this;
        }

        public Builder uniqueKeys(List<UniqueSource> value) {
            uniqueKeys = value;
            return this;
        }

        public Builder rules(List<RuleSource> value) {
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

        public Builder inheritance(InheritanceSource value) {
            inheritance = value;
            return this;
        }

        public Builder renamedFrom(String value) {
            renamedFrom = value;
            return this;
        }

        public Builder namespace(Namespace value) {
            namespace = value;
            return this;
        }

        public Builder secondaryTables(List<SecondaryTableSource> value) {
            secondaryTables = value;
            return this;
        }

        public EntitySource build() {
            return new EntitySource(qualifiedName, simpleName, packageName, entityName, table, tableComment, purpose, attributes, indexes, uniqueKeys, rules, usage, access, archival, risks, queries, callbacks, cache, cacheRegion, audited, inheritance, renamedFrom, namespace, secondaryTables);
        }
    }


    /**
     * An index as written in {@code @Index}.
     *
     * @param columns the logical column names, each with {@code asc}/{@code desc} or an empty order
     */
    public record IndexSource(String name, List<Index.IndexColumn> columns, boolean unique) {
        public IndexSource {
            columns = List.copyOf(columns);
        }
    }

    /** A unique constraint as written in {@code @UniqueConstraint}, or the natural id's. */
    public record UniqueSource(String name, List<String> columns, boolean naturalId) {
        public UniqueSource {
            columns = List.copyOf(columns);
        }

        public UniqueSource(String name, List<String> columns) {
            this(name, columns, false);
        }
    }
}
