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
        return new EntitySource(qualifiedName, simpleName, packageName, entityName, table, tableComment, newPurpose,
                newAttributes, indexes, uniqueKeys, rules, usage, access, archival, risks, queries, callbacks, cache, audited,
                inheritance,
                renamedFrom, namespace, secondaryTables);
    }

    /** The identifier attributes (one, unless the key is composite). */
    public List<AttributeSource> ids() {
        return attributes.stream().filter(AttributeSource::isId).toList();
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
