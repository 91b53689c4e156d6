package io.modeldoc.processor.assemble;

import io.modeldoc.processor.model.Cardinality;
import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.ExternalEntity;
import io.modeldoc.processor.model.Table;
import io.modeldoc.processor.model.ForeignKey;
import io.modeldoc.processor.model.Namespace;
import io.modeldoc.processor.read.AttributeSource;
import io.modeldoc.processor.read.ColumnSource;
import io.modeldoc.processor.read.EntitySource;
import io.modeldoc.processor.read.JoinColumnSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The physical table name and primary-key columns of every entity, computed once so that
 * resolving an association is a map look-up. In a hierarchy, a single-table subclass shares its
 * root's table and key; a joined subclass has its own table, keyed like its parent.
 */
final class EntityTables {

    private final Map<String, EntitySource> sources = new TreeMap<>();
    /** Entities of other modules that associations point to: their tables are resolved already. */
    private final Map<String, ExternalEntity> externals = new TreeMap<>();
    private final Map<String, String> tables = new TreeMap<>();
    private final Map<String, Namespace> namespaces = new TreeMap<>();
    private final Map<String, List<Column>> primaryKeys = new TreeMap<>();
    /** The key columns' names before the physical naming, where known: Hibernate names implicit key join columns after them. */
    private final Map<String, List<String>> logicalKeys = new TreeMap<>();
    private final Map<String, List<EntitySource>> singleTableSubclasses = new TreeMap<>();
    private final Map<String, List<EntitySource>> joinedSubclasses = new TreeMap<>();
    private final Map<String, List<AttributeSource>> incomingJoinColumns = new TreeMap<>();
    /** The entities some compiled entity extends. */
    private final java.util.Set<String> parents = new java.util.TreeSet<>();
    private final Map<AttributeSource, EntitySource> owners = new java.util.IdentityHashMap<>();
    /** The key columns of identifier attributes derived from an association, and of those associations. */
    private final Map<AttributeSource, List<Column>> derivedColumns = new java.util.IdentityHashMap<>();
    private final java.util.Set<String> resolving = new java.util.TreeSet<>();
    private final Naming naming;
    private final ColumnFactory columns;

    EntityTables(List<EntitySource> entities, List<ExternalEntity> others, Naming naming, ColumnFactory columns) {
        this.naming = naming;
        this.columns = columns;
        others.forEach(other -> externals.put(other.qualifiedName(), other));
        entities.forEach(entity -> sources.put(entity.qualifiedName(), entity));
        entities.forEach(this::resolve);
        for (EntitySource entity : entities) {
            for (AttributeSource attribute : entity.attributes()) {
                if (isUnidirectionalJoinColumn(attribute)) {
                    incomingJoinColumns.computeIfAbsent(tableHolder(attribute.association().target()), t -> new java.util.ArrayList<>())
                            .add(attribute);
                    owners.put(attribute, entity);
                }
            }
            if (parent(entity) != null) {
                parents.add(parent(entity).qualifiedName());
            }
            if (sharesRootTable(entity)) {
                singleTableSubclasses.computeIfAbsent(root(entity).qualifiedName(), r -> new java.util.ArrayList<>()).add(entity);
            } else if (parent(entity) != null && entity.inheritance().strategy().equals("JOINED")) {
                joinedSubclasses.computeIfAbsent(root(entity).qualifiedName(), r -> new java.util.ArrayList<>()).add(entity);
            }
        }
    }

    /** Resolves an entity's table and key, its parent's first. */
    private void resolve(EntitySource entity) {
        String name = entity.qualifiedName();
        if (tables.containsKey(name)) {
            return;
        }
        EntitySource parent = parent(entity);
        if (parent == null) {
            tables.put(name, ownTable(entity));
            namespaces.put(name, physical(entity.namespace()));
            resolving.add(name);
            primaryKeys.put(name, ownKey(entity));
            resolving.remove(name);
            return;
        }
        resolve(parent);
        if (sharesRootTable(entity)) {
            tables.put(name, tables.get(parent.qualifiedName()));
            namespaces.put(name, namespaces.get(parent.qualifiedName()));
            primaryKeys.put(name, primaryKeys.get(parent.qualifiedName()));
            logicalKeys.put(name, logicalKey(parent.qualifiedName()));
        } else if (tablePerClass(entity)) {
            tables.put(name, ownTable(entity));
            namespaces.put(name, physical(entity.namespace()));
            primaryKeys.put(name, primaryKeys.get(parent.qualifiedName()));
            logicalKeys.put(name, logicalKey(parent.qualifiedName()));
        } else {
            tables.put(name, ownTable(entity));
            namespaces.put(name, physical(entity.namespace()));
            List<Column> parentKey = primaryKeys.get(parent.qualifiedName());
            String keyColumn = entity.inheritance().keyColumn();
            boolean explicit = !keyColumn.isEmpty() && parentKey.size() == 1;
            List<String> keyNames = explicit ? List.of(naming.physical(keyColumn)) : joinedKeyNames(parent.qualifiedName());
            primaryKeys.put(name, java.util.stream.IntStream.range(0, parentKey.size())
                    .mapToObj(i -> columns.referring(keyNames.get(i), parentKey.get(i), false, false)).toList());
            logicalKeys.put(name, explicit ? List.of(keyColumn) : joinedKeyLogicalNames(parent.qualifiedName()));
        }
    }

    /**
     * The implicit names of the key columns of a table joined to the entity's (a JOINED subclass's, a secondary
     * table's): the key's own names, except that Hibernate quotes them, from their logical names, when the entity's
     * table or the key column is quoted (AnnotatedJoinColumns); no naming changes a quoted name.
     */
    List<String> joinedKeyNames(String entity) {
        List<Column> key = primaryKey(entity);
        List<String> logical = joinedKeyLogicalNames(entity);
        return java.util.stream.IntStream.range(0, key.size())
                .mapToObj(i -> isQuoted(logical.get(i)) ? logical.get(i) : key.get(i).name()).toList();
    }

    private List<String> joinedKeyLogicalNames(String entity) {
        boolean quotedTable = isQuoted(table(entity));
        List<Column> key = primaryKey(entity);
        List<String> logical = logicalKey(entity);
        return java.util.stream.IntStream.range(0, key.size())
                .mapToObj(i -> quotedTable || isQuoted(key.get(i).name()) ? "\"" + unquoted(logical.get(i)) + "\"" : logical.get(i))
                .toList();
    }

    /** The entity's key columns' logical names; the physical ones where they are not known (a derived or an external key). */
    private List<String> logicalKey(String entity) {
        List<String> logical = logicalKeys.get(entity);
        return logical != null && logical.size() == primaryKey(entity).size() ? logical
                : primaryKey(entity).stream().map(Column::name).toList();
    }

    /** A namespace as written, with physical names: snake_case applies to catalogs and schemas too, as in Hibernate. */
    Namespace physical(Namespace written) {
        return Namespace.of(naming.physical(written.catalog()), naming.physical(written.schema()));
    }

    /**
     * A root entity's key, in identifier order. A part that an association derives ({@code @Id} on
     * the association, or {@code @MapsId}) takes the target's key columns, named as the
     * association's join columns, and never a value of its own.
     */
    private List<Column> ownKey(EntitySource entity) {
        List<AttributeSource> ids = entity.ids();
        List<Column> key = new ArrayList<>();
        List<String> logical = new ArrayList<>();
        for (AttributeSource id : ids) {
            AttributeSource deriving = id.association() != null ? id : derivingAssociation(entity, id);
            List<Column> targetKey = deriving == null ? null : targetKey(deriving.association().target());
            if (targetKey == null) {
                // An @Id association whose target is not compiled here (or loops back) has no key known to us.
                if (id.column() != null) {
                    key.add(columns.of(id));
                    logical.add(id.column().name());
                }
                continue;
            }
            List<String> names = joinColumnNames(explicitJoinColumns(deriving.association(), targetKey), targetKey, deriving.name(),
                    table(deriving.association().target()));
            List<AttributeSource> shared = ids.stream().filter(i -> i == deriving || derivingAssociation(entity, i) == deriving).toList();
            List<Column> own = new ArrayList<>();
            if (shared.size() > 1 && shared.size() == targetKey.size()) {
                // @MapsId over a composite identifier: part by part, as the two keys line up.
                int at = shared.indexOf(id);
                own.add(columns.referring(names.get(at), targetKey.get(at), false, false));
            } else if (deriving != id && id.column() != null && targetKey.size() == 1
                    && deriving.association().cardinality() == Cardinality.MANY_TO_ONE
                    && !explicitJoinColumns(deriving.association(), targetKey).isEmpty()) {
                // @MapsId on a @ManyToOne with an explicit @JoinColumn: Hibernate makes the identifier's column from the
                // join column, sized as the identifier's Java type alone would be, not as the target's key is (a
                // @OneToOne's takes the target key's size).
                ColumnSource.Size size = id.column().typeSize();
                own.add(columns.referring(names.get(0), targetKey.get(0), false, false)
                        .withSize(size.length(), size.precision(), size.scale()));
            } else {
                for (int i = 0; i < targetKey.size(); i++) {
                    own.add(columns.referring(names.get(i), targetKey.get(i), false, false));
                }
            }
            derivedColumns.put(id, own);
            if (deriving != id) {
                derivedColumns.merge(deriving, own, (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
            }
            key.addAll(own);
            own.forEach(c -> logical.add(c.name()));
        }
        logicalKeys.put(entity.qualifiedName(), logical);
        return key;
    }

    /** The target's key, resolved first; {@code null} when it is not compiled here or its key derives from this one. */
    private List<Column> targetKey(String target) {
        if (externals.containsKey(target)) {
            return primaryKey(target);
        }
        EntitySource source = sources.get(target);
        if (source == null || resolving.contains(target)) {
            return null;
        }
        resolve(source);
        return primaryKeys.get(target);
    }

    /** The {@code @MapsId} association that gives the identifier attribute {@code id} its value; {@code null} when none. */
    private static AttributeSource derivingAssociation(EntitySource entity, AttributeSource id) {
        if (id.association() != null) {
            return null;
        }
        for (AttributeSource candidate : entity.attributes()) {
            var association = candidate.association();
            if (association == null || association.mapsId() == null) {
                continue;
            }
            boolean embeddedPart = id.name().contains(".");
            if (association.mapsId().isEmpty() || embeddedPart && id.leafName().equals(association.mapsId())) {
                return candidate;
            }
        }
        return null;
    }

    /** The key columns of an identifier attribute or association that shares its target's key; {@code null} otherwise. */
    List<Column> derivedColumns(AttributeSource attribute) {
        return derivedColumns.get(attribute);
    }

    /**
     * The join column names written for an association, in the order of the columns they refer to: when every one
     * names its {@code referencedColumnName}, Hibernate pairs them with the referenced key by that name, whatever
     * order they are written in; otherwise by position. Empty when the names are implicit.
     */
    List<String> explicitJoinColumns(io.modeldoc.processor.read.AssociationSource association, List<Column> referenced) {
        List<JoinColumnSource> written = association.namedJoinColumns();
        if (written.size() < 2 || written.size() != referenced.size()
                || written.stream().anyMatch(j -> j.referencedColumn().isEmpty())) {
            return written.stream().map(JoinColumnSource::name).toList();
        }
        List<String> ordered = new ArrayList<>();
        for (Column column : referenced) {
            written.stream().filter(j -> unquoted(naming.physical(j.referencedColumn())).equalsIgnoreCase(unquoted(column.name())))
                    .findFirst().ifPresent(j -> ordered.add(j.name()));
        }
        return ordered.size() == written.size() ? ordered : written.stream().map(JoinColumnSource::name).toList();
    }

    /**
     * Explicit names where given, else Hibernate's implicit {@code <attribute>_<referenced column>}, physical;
     * the attribute is named without the embedded values around it ({@code country_code} for {@code site.country}).
     * An implicit name is quoted when the referenced column or table is (Hibernate's AnnotatedJoinColumns): a
     * {@code "user"} table's key is {@code "owner_id"}, which Oracle and H2 keep in lower case.
     */
    List<String> joinColumnNames(List<String> explicit, List<Column> referenced, String attribute, String referencedTable) {
        if (explicit.size() == referenced.size()) {
            return explicit.stream().map(naming::physical).toList();
        }
        String prefix = attribute.substring(attribute.lastIndexOf('.') + 1);
        // Hibernate quotes a name made from a quoted column's or table's, and no naming changes a quoted name.
        return referenced.stream().map(c -> isQuoted(c.name()) || isQuoted(referencedTable)
                ? "\"" + prefix + "_" + unquoted(c.name()) + "\""
                : naming.physical(prefix + "_" + c.name())).toList();
    }

    private static boolean isQuoted(String name) {
        return name.length() > 1 && (name.startsWith("\"") && name.endsWith("\"") || name.startsWith("`") && name.endsWith("`"));
    }

    private static String unquoted(String name) {
        return isQuoted(name) ? name.substring(1, name.length() - 1) : name;
    }

    /**
     * The entity's table name before the physical naming ({@code @Table(name)}, else the entity name; the root's for a
     * single-table subclass): Hibernate builds implicit names from it.
     */
    String logicalTable(String entity) {
        EntitySource source = sources.get(entity);
        if (source == null) {
            return table(entity);
        }
        if (sharesRootTable(source)) {
            return logicalTable(root(source).qualifiedName());
        }
        return source.table().isEmpty() ? source.entityName() : source.table();
    }

    private String ownTable(EntitySource entity) {
        return naming.physical(entity.table().isEmpty() ? entity.entityName() : entity.table());
    }

    /** The entity's parent entity, when it is among the compiled entities. */
    EntitySource parent(EntitySource entity) {
        return entity.inheritance().isRoot() ? null : sources.get(entity.inheritance().parent());
    }

    EntitySource root(EntitySource entity) {
        EntitySource parent = parent(entity);
        return parent == null ? entity : root(parent);
    }

    /** Whether the entity is a subclass whose columns live in its root's table. */
    boolean sharesRootTable(EntitySource entity) {
        return parent(entity) != null && entity.inheritance().strategy().equals("SINGLE_TABLE");
    }

    /** A unidirectional {@code @OneToMany} with a {@code @JoinColumn}: the foreign key lives in the target's table. */
    static boolean isUnidirectionalJoinColumn(AttributeSource attribute) {
        var association = attribute.association();
        return association != null && association.cardinality() == io.modeldoc.processor.model.Cardinality.ONE_TO_MANY
                && association.owning() && association.hasJoinColumn();
    }

    /**
     * The entity whose table holds {@code entity}'s rows: the root of a SINGLE_TABLE subclass, else the entity itself.
     */
    private String tableHolder(String entity) {
        EntitySource source = sources.get(entity);
        return source != null && sharesRootTable(source) ? root(source).qualifiedName() : entity;
    }

    /**
     * The unidirectional one-to-many attributes whose join column lives in {@code target}'s table (also those
     * to its SINGLE_TABLE subclasses, whose rows it holds).
     */
    List<AttributeSource> incomingJoinColumns(String target) {
        return incomingJoinColumns.getOrDefault(target, List.of());
    }

    /** The entity declaring an attribute listed by {@link #incomingJoinColumns}. */
    EntitySource ownerOf(AttributeSource attribute) {
        return owners.get(attribute);
    }

    /** Whether the entity belongs to a table-per-class hierarchy: each concrete class has a table with every column. */
    boolean tablePerClass(EntitySource entity) {
        return entity.inheritance().strategy().equals("TABLE_PER_CLASS")
                && (parent(entity) != null || !singleTableSubclasses(entity).isEmpty() || entity.inheritance().isAbstract());
    }

    /**
     * Whether the entity's rows may sit in several tables: a TABLE_PER_CLASS entity with subclasses. No foreign key can
     * reference such an entity, so Hibernate writes none to it (nor from the collection and join tables it owns).
     */
    boolean isUnion(String entity) {
        EntitySource source = sources.get(entity);
        return source != null && parents.contains(entity) && source.inheritance().strategy().equals("TABLE_PER_CLASS");
    }

    /** The entity's ancestors among the compiled entities, root first. */
    List<EntitySource> ancestors(EntitySource entity) {
        java.util.LinkedList<EntitySource> ancestors = new java.util.LinkedList<>();
        for (EntitySource parent = parent(entity); parent != null; parent = parent(parent)) {
            ancestors.addFirst(parent);
        }
        return ancestors;
    }

    /** The column of {@code entity} named {@code column} (physical), for a join column that names it. */
    Column column(String entity, String column) {
        ExternalEntity external = externals.get(entity);
        if (external != null) {
            return external.table().column(naming.physical(column)).orElse(null);
        }
        EntitySource source = sources.get(entity);
        if (source == null) {
            return null;
        }
        return source.attributes().stream().filter(a -> a.column() != null)
                .map(columns::of).filter(c -> c.name().equalsIgnoreCase(naming.physical(column)))
                .findFirst().orElse(null);
    }

    /**
     * Whether {@code column} (a logical or physical name) is a column of the entity or of an entity it extends, as
     * Hibernate looks up a {@code referencedColumnName}; {@code true} for entities not compiled here.
     */
    boolean hasColumn(String entity, String column) {
        if (!sources.containsKey(entity)) {
            return !externals.containsKey(entity) || column(entity, column) != null;
        }
        for (EntitySource level = sources.get(entity); level != null; level = parent(level)) {
            if (column(level.qualifiedName(), column) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether some compiled entity extends the entity. */
    boolean hasSubclasses(String entity) {
        return parents.contains(entity);
    }

    /** The single-table subclasses of a root, at any depth, in name order. */
    List<EntitySource> singleTableSubclasses(EntitySource root) {
        return singleTableSubclasses.getOrDefault(root.qualifiedName(), List.of());
    }

    /** The joined subclasses of a root, at any depth, in name order. */
    List<EntitySource> joinedSubclasses(EntitySource root) {
        return joinedSubclasses.getOrDefault(root.qualifiedName(), List.of());
    }

    /** Whether the entity is known: compiled here, or another module's that an association points to. */
    boolean contains(String entity) {
        return sources.containsKey(entity) || externals.containsKey(entity);
    }

    /** The entity as compiled here; {@code null} for another module's. */
    EntitySource source(String entity) {
        return sources.get(entity);
    }

    String table(String entity) {
        ExternalEntity external = externals.get(entity);
        return external != null ? external.table().name() : tables.get(entity);
    }

    /** The catalog and schema of the entity's table (its root's, for a single-table subclass). */
    Namespace namespace(String entity) {
        ExternalEntity external = externals.get(entity);
        return external != null ? external.table().namespace() : namespaces.getOrDefault(entity, Namespace.DEFAULT);
    }

    /** A foreign key from {@code columns} to the entity's primary key, where its table lives. */
    ForeignKey toKeyOf(String entity, String name, List<String> columns) {
        return new ForeignKey(name, columns, table(entity), primaryKey(entity).stream().map(Column::name).toList(),
                namespace(entity));
    }

    List<Column> primaryKey(String entity) {
        ExternalEntity external = externals.get(entity);
        if (external != null) {
            Table table = external.table();
            return table.primaryKey().stream().map(name -> table.column(name).orElseThrow()).toList();
        }
        return primaryKeys.get(entity);
    }

    /** The attribute of {@code entity} mapped by {@code mappedBy} on the other side, if any. */
    AttributeSource inverseOf(String entity, String attribute, String target) {
        EntitySource targetSource = sources.get(target);
        if (targetSource == null) {
            return null;
        }
        return targetSource.attributes().stream()
                .filter(a -> a.association() != null && a.association().target().equals(entity)
                        && a.association().mappedBy().equals(attribute))
                .findFirst().orElse(null);
    }
}
