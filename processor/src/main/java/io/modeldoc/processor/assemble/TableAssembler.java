package io.modeldoc.processor.assemble;

import io.modeldoc.processor.model.Cardinality;
import io.modeldoc.processor.model.Check;
import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.ForeignKey;
import io.modeldoc.processor.model.Index;
import io.modeldoc.processor.model.Rule;
import io.modeldoc.processor.model.Table;
import io.modeldoc.processor.model.UniqueKey;
import io.modeldoc.processor.read.AssociationSource;
import io.modeldoc.processor.read.AttributeSource;
import io.modeldoc.processor.read.ColumnSource;
import io.modeldoc.processor.read.ElementCollectionSource;
import io.modeldoc.processor.read.EntitySource;
import io.modeldoc.processor.read.SecondaryTableSource;
import io.modeldoc.processor.read.InheritanceSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import io.modeldoc.processor.model.SqlType;

/** Builds the table of an entity and the join tables its associations own. */
final class TableAssembler {

    private final Naming naming;
    private final ColumnFactory columns;
    private final EntityTables entities;
    private final MapKeys mapKeys;

    TableAssembler(Naming naming, ColumnFactory columns, EntityTables entities) {
        this.naming = naming;
        this.columns = columns;
        this.entities = entities;
        this.mapKeys = new MapKeys(naming, columns, entities);
    }

    /** What keys a {@code Map} attribute, in words for the document; empty for other attributes. */
    List<String> mapKeyOf(AttributeSource attribute) {
        return mapKeys.describe(attribute);
    }

    /**
     * The entity's own table; empty for a single-table subclass, whose columns join its root's.
     *
     * @param rulesOf each entity's business rules, whose checks become CHECK constraints
     */
    Optional<Table> entityTable(EntitySource entity, Function<EntitySource, List<Rule>> rulesOf) {
        if (entities.sharesRootTable(entity) || entities.tablePerClass(entity) && entity.inheritance().isAbstract()) {
            return Optional.empty();
        }
        String table = entities.table(entity.qualifiedName());
        List<Column> key = entities.primaryKey(entity.qualifiedName());
        Parts parts = new Parts();
        EntitySource parent = entities.parent(entity);
        if (entities.tablePerClass(entity)) {
            // Table per class: every column the class inherits is repeated in its own table, but not the indexes and
            // unique constraints of an ancestor's @Table, which are its own table's (Hibernate's union subclass).
            for (EntitySource ancestor : entities.ancestors(entity)) {
                add(ancestor, rulesOf.apply(ancestor), parts, null, false);
            }
        } else if (parent != null) {
            // A joined subclass: its key is also a foreign key to its parent's table.
            parts.columns.addAll(key);
            parts.foreignKeys.add(entities.toKeyOf(parent.qualifiedName(), "", names(key)));
        }
        add(entity, rulesOf.apply(entity), parts, null, true);
        // A one-to-many's join column lives in its target's table; a table-per-class target's rows may be in any table
        // of its hierarchy, so each holds the join columns of the associations to its ancestors too.
        List<AttributeSource> incomingColumns = new ArrayList<>();
        if (entities.tablePerClass(entity)) {
            entities.ancestors(entity).forEach(a -> incomingColumns.addAll(entities.incomingJoinColumns(a.qualifiedName())));
        }
        incomingColumns.addAll(entities.incomingJoinColumns(entity.qualifiedName()));
        for (AttributeSource incoming : incomingColumns) {
            EntitySource owner = entities.ownerOf(incoming);
            List<Column> ownerKey = entities.primaryKey(owner.qualifiedName());
            List<String> joinNames = joinColumnsInTarget(owner, incoming);
            for (int i = 0; i < ownerKey.size(); i++) {
                parts.columns.add(columns.referring(joinNames.get(i), ownerKey.get(i), true, false));
            }
            parts.foreignKeys.add(entities.toKeyOf(owner.qualifiedName(), "", joinNames));
            if (incoming.association().mapKey() != null) {
                // A map kept by a join column keeps its key beside it, in this table.
                MapKeys.KeyColumns mapKey = mapKeys.of(incoming.association().mapKey(), incoming.name(), true);
                parts.columns.addAll(mapKey.columns());
                mapKey.foreignKey().ifPresent(parts.foreignKeys::add);
            }
        }
        List<EntitySource> subclasses = entities.singleTableSubclasses(entity);
        if (!subclasses.isEmpty()) {
            Column discriminator = discriminator(entity, subclasses);
            parts.columns.add(Math.min(key.size(), parts.columns.size()), discriminator);
            for (EntitySource subclass : subclasses) {
                add(subclass, rulesOf.apply(subclass), parts, discriminator, true);
            }
            for (EntitySource subclass : subclasses) {
                presenceCheck(entity, subclass, parts, discriminator).ifPresent(parts.checks::add);
            }
        }
        List<EntitySource> joined = entities.joinedSubclasses(entity);
        if (!joined.isEmpty() && entity.inheritance().discriminator().declared()) {
            // A joined hierarchy has a discriminator only when its root declares one; it lives in the root's table.
            parts.columns.add(Math.min(key.size(), parts.columns.size()), discriminator(entity, joined));
        }
        return Optional.of(new Table(table, entity.qualifiedName(), entity.tableComment(), parts.columns, names(key),
                parts.foreignKeys, parts.uniqueKeys, parts.indexes, parts.checks, entity.renamedFrom(),
                entities.namespace(entity.qualifiedName()), ""));
    }

    /**
     * The entity's {@code @SecondaryTable}s: each keyed by the entity's primary key (under the
     * {@code pkJoinColumns} names, else the same names), which is also its foreign key to the entity's table,
     * then the columns of the attributes placed in it, in declaration order.
     */
    List<Table> secondaryTables(EntitySource entity) {
        List<Table> tables = new ArrayList<>();
        if (entity.secondaryTables().isEmpty()) {
            return tables;
        }
        String primary = entities.table(entity.qualifiedName());
        List<Column> key = entities.primaryKey(entity.qualifiedName());
        for (SecondaryTableSource secondary : entity.secondaryTables()) {
            List<String> keyNames = secondary.keyColumns().size() == key.size()
                    ? secondary.keyColumns().stream().map(naming::physical).toList()
                    : entities.joinedKeyNames(entity.qualifiedName());
            Parts parts = new Parts();
            for (int i = 0; i < key.size(); i++) {
                parts.columns.add(columns.referring(keyNames.get(i), key.get(i), false, false));
            }
            for (AttributeSource attribute : entity.attributes()) {
                if (!attribute.table().equalsIgnoreCase(secondary.name())) {
                    continue;
                }
                if (attribute.column() != null) {
                    parts.columns.add(columns.of(attribute));
                } else if (!columnsOf(attribute).isEmpty()) {
                    ForeignKey foreignKey = joinColumns(attribute, parts, false, true);
                    if (!attribute.association().noConstraint()) {
                        parts.foreignKeys.add(foreignKey);
                    }
                }
            }
            if (!secondary.noConstraint()) {
                parts.foreignKeys.add(0, new ForeignKey(secondary.foreignKeyName(), keyNames, primary, names(key),
                        entities.namespace(entity.qualifiedName())));
            }
            secondary.uniqueKeys().forEach(u -> parts.uniqueKeys.add(
                    new UniqueKey(u.name(), u.columns().stream().map(naming::physical).toList())));
            secondary.indexes().forEach(i -> addIndex(parts.indexes, new Index(i.name(), i.columns().stream()
                    .map(c -> new Index.IndexColumn(naming.physical(c.name()), c.order())).toList(), i.unique())));
            tables.add(new Table(naming.physical(secondary.name()), "", secondary.comment(), parts.columns, keyNames,
                    parts.foreignKeys, parts.uniqueKeys, parts.indexes, parts.checks, "",
                    entities.physical(secondary.namespace()), entity.qualifiedName()));
        }
        return tables;
    }

    /** The columns a unidirectional one-to-many with a join column adds to its target's table, referring to the owner's key. */
    List<String> joinColumnsInTarget(EntitySource owner, AttributeSource attribute) {
        List<Column> ownerKey = entities.primaryKey(owner.qualifiedName());
        return names(entities.explicitJoinColumns(attribute.association(), ownerKey), ownerKey, attribute.name(),
                entities.table(owner.qualifiedName()));
    }

    /** Whether the attribute's column lives in one of its entity's secondary tables rather than the entity's table. */
    private static boolean inSecondaryTable(EntitySource entity, AttributeSource attribute) {
        return !attribute.table().isEmpty()
                && entity.secondaryTables().stream().anyMatch(t -> t.name().equalsIgnoreCase(attribute.table()));
    }

    /**
     * What a to-one association refers to: the target's key, or the column a single join column's
     * {@code referencedColumnName} names (the columns of a composite one pair with the key's).
     */
    private List<Column> referencedKey(AssociationSource association) {
        if (!association.referencedColumn().isEmpty() && association.joinColumns().size() <= 1) {
            Column referenced = entities.column(association.target(), association.referencedColumn());
            if (referenced != null) {
                return List.of(referenced);
            }
        }
        return entities.primaryKey(association.target());
    }

    /** The physical columns an attribute maps to in its entity's table; none for to-many and inverse sides. */
    List<String> columnsOf(AttributeSource attribute) {
        List<Column> derived = entities.derivedColumns(attribute);
        if (derived != null) {
            return names(derived);
        }
        if (attribute.column() != null) {
            return List.of(naming.physical(attribute.column().name()));
        }
        AssociationSource association = attribute.association();
        if (association != null && association.cardinality().toOne() && association.owning() && !association.primaryKeyJoin()
                && entities.contains(association.target())) {
            List<Column> referenced = referencedKey(association);
            return names(entities.explicitJoinColumns(association, referenced), referenced, attribute.name(),
                    entities.table(association.target()));
        }
        return List.of();
    }

    /**
     * Adds what one entity maps to a table. {@code discriminator} is set for a single-table
     * subclass: its columns are then nullable unless the mapping demands a value, and a primitive
     * one is required by a check for the subclass's own rows only. {@code tableConstraints} is false for an ancestor
     * whose columns a table-per-class table repeats: its {@code @Table} indexes and unique constraints stay in its own.
     */
    private void add(EntitySource entity, List<Rule> rules, Parts parts, Column discriminator, boolean tableConstraints) {
        String table = entities.table(entity.qualifiedName());
        for (AttributeSource attribute : entity.attributes()) {
            if (inSecondaryTable(entity, attribute)) {
                continue;
            }
            List<Column> derived = entities.derivedColumns(attribute);
            if (derived != null) {
                // A key part the association gives: the key's columns once, and the association's foreign key.
                if (attribute.isId()) {
                    parts.columns.addAll(derived);
                }
                AssociationSource association = attribute.association();
                if (association != null && !association.noConstraint()) {
                    parts.foreignKeys.add(entities.toKeyOf(association.target(), association.foreignKeyName(), names(derived)));
                }
            } else if (attribute.column() != null) {
                Column column = columns.of(attribute);
                if (discriminator != null && !attribute.column().required()) {
                    column = column.withNullable(true); // the other classes' rows leave it empty; see presenceCheck
                }
                parts.addShared(column, attribute.column().readOnly());
            } else if (!columnsOf(attribute).isEmpty()) {
                ForeignKey foreignKey = joinColumns(attribute, parts, discriminator != null, tableConstraints);
                if (!attribute.association().noConstraint()) {
                    parts.foreignKeys.add(foreignKey);
                }
            }
        }
        entity.uniqueKeys().stream().filter(u -> tableConstraints || u.naturalId()).forEach(u -> parts.uniqueKeys.add(
                new UniqueKey(u.name(), u.columns().stream().map(naming::physical).toList(), u.naturalId())));
        entity.indexes().stream().filter(i -> tableConstraints).forEach(i -> addIndex(parts.indexes, new Index(i.name(), i.columns().stream()
                .map(c -> new Index.IndexColumn(naming.physical(c.name()), c.order())).toList(), i.unique())));
        rules.stream().filter(Rule::enforcedByDatabase).forEach(rule -> parts.checks.add(new Check(rule.checkName(), rule.check())));
    }

    /**
     * Adds an index, or merges it into an earlier unnamed one on the same set of columns: Hibernate names an unnamed
     * index after its table and its columns, whatever their order, so two such indexes are one to it, with the first
     * one's column order and, per column, the last {@code asc}/{@code desc} written.
     */
    private static void addIndex(List<Index> indexes, Index index) {
        for (int i = 0; index.name().isEmpty() && i < indexes.size(); i++) {
            Index other = indexes.get(i);
            if (other.name().isEmpty() && other.unique() == index.unique() && columnSet(other).equals(columnSet(index))) {
                List<Index.IndexColumn> merged = other.columns().stream().map(column -> index.columns().stream()
                        .filter(c -> c.name().equalsIgnoreCase(column.name()) && !c.order().isEmpty()).findFirst()
                        .map(c -> new Index.IndexColumn(column.name(), c.order())).orElse(column)).toList();
                indexes.set(i, new Index("", merged, other.unique()));
                return;
            }
        }
        indexes.add(index);
    }

    private static java.util.Set<String> columnSet(Index index) {
        return index.columns().stream().map(c -> c.name().toLowerCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    /**
     * Hibernate 7's check for one concrete single-table subclass: its rows hold a value in every column of a
     * non-optional attribute (a primitive, {@code @Basic(optional = false)}, {@code @ManyToOne(optional = false)}) that
     * the shared table leaves nullable, its own and those its direct superclass declares — not those of classes
     * further up, as Hibernate's single-table subclass joins only its superclass's own properties to its own:
     * {@code dtype <> 'Car' or (doors is not null and garage_id is not null)}. Empty for an abstract class, or when no
     * such column exists.
     */
    private Optional<Check> presenceCheck(EntitySource root, EntitySource subclass, Parts parts, Column discriminator) {
        if (subclass.inheritance().isAbstract()) {
            return Optional.empty();
        }
        List<EntitySource> closure = new ArrayList<>();
        EntitySource parent = entities.parent(subclass);
        if (parent != null) {
            closure.add(parent);
        }
        closure.add(subclass);
        List<String> present = new ArrayList<>();
        for (EntitySource level : closure) {
            for (AttributeSource attribute : level.attributes()) {
                boolean nonOptional = attribute.column() != null ? attribute.column().nonOptional()
                        : attribute.association() != null && attribute.association().nonOptional();
                if (!nonOptional || inSecondaryTable(level, attribute)) {
                    continue;
                }
                for (String name : columnsOf(attribute)) {
                    parts.columns.stream().filter(c -> c.name().equals(name) && c.nullable()).findFirst()
                            .filter(c -> !present.contains(c.name())).ifPresent(c -> present.add(c.name()));
                }
            }
        }
        if (present.isEmpty()) {
            return Optional.empty();
        }
        String table = entities.table(root.qualifiedName());
        return Optional.of(new Check(CheckNames.identifier("ck_" + table + "_" + naming.physical(subclass.entityName())),
                discriminator.name() + " <> " + discriminatorLiteral(root, subclass) + " or ("
                        + String.join(" and ", present.stream().map(c -> c + " is not null").toList()) + ")"));
    }

    /**
     * The discriminator of a hierarchy, checked against the values of its concrete classes: a
     * {@code STRING} discriminator is {@code varchar(length)}, {@code CHAR} one character,
     * {@code INTEGER} an integer whose values are written unquoted.
     */
    private Column discriminator(EntitySource root, List<EntitySource> subclasses) {
        List<String> values = new ArrayList<>();
        if (!root.inheritance().isAbstract()) {
            values.add(discriminatorLiteral(root, root));
        }
        subclasses.stream().filter(s -> !s.inheritance().isAbstract())
                .forEach(s -> values.add(discriminatorLiteral(root, s)));
        InheritanceSource.Discriminator declared = root.inheritance().discriminator();
        String name = naming.physical(root.inheritance().discriminatorColumn());
        SqlType type = switch (declared.type()) {
            case "CHAR" -> SqlType.CHAR;
            case "INTEGER" -> SqlType.INTEGER;
            default -> SqlType.VARCHAR;
        };
        int length = switch (type) {
            case CHAR -> 1;
            case VARCHAR -> declared.length();
            default -> 0;
        };
        return Column.of(name, type).withLength(length).withChecks(List.of(name + " in (" + String.join(",", values) + ")"))
                .withDefinition(declared.definition());
    }

    /** An entity's discriminator value as SQL: quoted, except for an integer discriminator. */
    private String discriminatorLiteral(EntitySource root, EntitySource entity) {
        String value = entity.inheritance().discriminatorValue();
        return root.inheritance().discriminator().integer() ? value : quoted(value);
    }

    private static String quoted(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static List<String> names(List<Column> key) {
        return key.stream().map(Column::name).toList();
    }

    /** A table's contents while it is put together. */
    private static final class Parts {
        final List<Column> columns = new ArrayList<>();
        /** Columns added by a read-only mapping ({@code insertable = false, updatable = false}), lower case. */
        final java.util.Set<String> readOnly = new java.util.TreeSet<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();
        final List<UniqueKey> uniqueKeys = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();
        final List<Check> checks = new ArrayList<>();

        /**
         * Adds a column that two attributes may map: a basic attribute and a to-one association that reads or writes
         * the same column ({@code insertable = false, updatable = false} on one of them). The table holds it once, as
         * the writing attribute defines it; a second writer is a duplicate, left for {@code DuplicateColumnRule}.
         */
        void addShared(Column column, boolean readOnlyMapping) {
            String key = column.name().toLowerCase(java.util.Locale.ROOT);
            int existing = -1;
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).name().equalsIgnoreCase(column.name())) {
                    existing = i;
                }
            }
            if (existing < 0) {
                columns.add(column);
                if (readOnlyMapping) {
                    readOnly.add(key);
                }
            } else if (readOnlyMapping) {
                return; // it reads the column another attribute writes
            } else if (readOnly.remove(key)) {
                columns.set(existing, column);
            } else {
                columns.add(column);
            }
        }
    }

    /** The join and collection tables owned by the entity's to-many attributes, in declaration order. */
    List<Table> joinTables(EntitySource entity) {
        List<Table> tables = new ArrayList<>();
        for (AttributeSource attribute : entity.attributes()) {
            AssociationSource association = attribute.association();
            if (attribute.elements() != null) {
                tables.add(collectionTable(entity, attribute));
            } else if (association != null && !association.cardinality().toOne() && association.owning()
                    && entities.contains(association.target()) && !EntityTables.isUnidirectionalJoinColumn(attribute)) {
                tables.add(joinTable(entity, attribute));
            }
        }
        return tables;
    }

    /** The name of an element collection's table: {@code <Entity>_<attribute>} unless given. */
    String collectionTableName(EntitySource entity, AttributeSource attribute) {
        String table = attribute.elements().table();
        if (table.isEmpty() && isQuoted(entities.table(entity.qualifiedName()))) {
            // Hibernate quotes an implicit name made from a quoted table's owner, and then leaves it as it is.
            return "\"" + entity.entityName() + "_" + attribute.name() + "\"";
        }
        return naming.physical(table.isEmpty() ? entity.entityName() + "_" + attribute.name() : table);
    }

    private static boolean isQuoted(String name) {
        return name.length() > 1 && (name.startsWith("\"") && name.endsWith("\"") || name.startsWith("`") && name.endsWith("`"));
    }

    private static String unquoted(String name) {
        return isQuoted(name) ? name.substring(1, name.length() - 1) : name;
    }

    /**
     * An element collection's table: the owner's key, the element's columns and, for a list with an
     * order column, its position. A set's values are unique per owner; an ordered list is keyed by
     * owner and position; a bag has no key.
     */
    private Table collectionTable(EntitySource entity, AttributeSource attribute) {
        ElementCollectionSource elements = attribute.elements();
        List<Column> ownerKey = entities.primaryKey(entity.qualifiedName());
        List<String> ownerNames = names(elements.joinColumns(), ownerKey, entity.entityName(), entities.table(entity.qualifiedName()));
        List<Column> tableColumns = new ArrayList<>();
        for (int i = 0; i < ownerKey.size(); i++) {
            tableColumns.add(columns.referring(ownerNames.get(i), ownerKey.get(i), false, false));
        }
        elements.columns().forEach(c -> tableColumns.add(columns.of(c, false)));
        List<ForeignKey> foreignKeys = new ArrayList<>();
        foreignKeys.add(entities.toKeyOf(entity.qualifiedName(), "", ownerNames));
        List<UniqueKey> uniqueKeys = new ArrayList<>();
        for (AttributeSource part : elements.associations()) {
            // An embeddable element's to-one association: its join column sits beside the element's columns.
            if (entities.contains(part.association().target())) {
                ForeignKey foreignKey = joinColumns(part, tableColumns, uniqueKeys, false);
                if (!part.association().noConstraint()) {
                    foreignKeys.add(foreignKey);
                }
            }
        }
        List<String> primaryKey = new ArrayList<>();
        if (elements.mapKey() != null) {
            // A map: each owner's keys are unique, so owner and key are the primary key.
            MapKeys.KeyColumns key = mapKeys.of(elements.mapKey(), attribute.name(), false);
            tableColumns.addAll(key.columns());
            key.foreignKey().ifPresent(foreignKeys::add);
            primaryKey.addAll(ownerNames);
            primaryKey.addAll(key.names());
        } else if (!elements.orderColumn().isEmpty()) {
            String order = naming.physical(elements.orderColumn());
            tableColumns.add(Column.of(order, SqlType.INTEGER).withChecks(List.of(order + ">=0")));
            primaryKey.addAll(ownerNames);
            primaryKey.add(order);
        } else if (elements.set() && elements.associations().isEmpty() && elements.columns().stream()
                .noneMatch(c -> c.type().isLargeObject() || c.largest())) {
            // A set's rows are unique per owner: keyed by owner and element when no element column may be null,
            // else only unique, as in Hibernate; not at all when an element column is a LOB, which databases
            // cannot index (Hibernate leaves such a set's table without a key too), or of the largest type, a LOB
            // on some (see docs/deviations-from-hibernate.md#sets-of-embeddables-with-an-unbounded-column).
            List<String> keyed = new ArrayList<>(ownerNames);
            elements.keyOrder().forEach(column -> keyed.add(naming.physical(column)));
            if (elements.columns().stream().noneMatch(ColumnSource::nullable)) {
                primaryKey.addAll(keyed);
            } else {
                uniqueKeys.add(new UniqueKey("", keyed, false, entities.table(entity.qualifiedName())));
            }
        }
        return new Table(collectionTableName(entity, attribute), "", "", tableColumns, primaryKey, foreignKeys, uniqueKeys,
                List.of(), List.of(), "", entities.physical(elements.namespace()), "");
    }

    /** The name of the join table of an owning to-many association. */
    String joinTableName(EntitySource entity, AttributeSource attribute) {
        AssociationSource association = attribute.association();
        if (!association.joinTable().isEmpty()) {
            return naming.physical(association.joinTable());
        }
        String owner = entities.logicalTable(entity.qualifiedName());
        String target = entities.logicalTable(association.target());
        if (isQuoted(owner) || isQuoted(target)) {
            // Hibernate quotes an implicit name made from a quoted table's, whichever side, and no naming changes it.
            return "\"" + naming.implicitJoinTable(unquoted(owner), unquoted(target), attribute.leafName()) + "\"";
        }
        return naming.joinTable(entities.table(entity.qualifiedName()), entities.table(association.target()), attribute.leafName());
    }

    /** The owner-side columns of a join table: {@code <inverse attribute or entity name>_<key>}. */
    List<String> ownerColumns(EntitySource entity, AttributeSource attribute) {
        AssociationSource association = attribute.association();
        List<Column> ownerKey = entities.primaryKey(entity.qualifiedName());
        AttributeSource inverse = entities.inverseOf(entity.qualifiedName(), attribute.name(), association.target());
        String prefix = inverse != null ? inverse.name() : entity.entityName();
        return names(association.joinTableColumns(), ownerKey, prefix, entities.table(entity.qualifiedName()));
    }

    private Table joinTable(EntitySource entity, AttributeSource attribute) {
        AssociationSource association = attribute.association();
        List<Column> ownerKey = entities.primaryKey(entity.qualifiedName());
        List<Column> targetKey = entities.primaryKey(association.target());
        List<String> ownerNames = ownerColumns(entity, attribute);
        List<String> targetNames = names(association.inverseColumns(), targetKey, attribute.name(), entities.table(association.target()));
        boolean oneToMany = association.cardinality() == Cardinality.ONE_TO_MANY;
        List<Column> tableColumns = new ArrayList<>();
        for (int i = 0; i < ownerKey.size(); i++) {
            tableColumns.add(columns.referring(ownerNames.get(i), ownerKey.get(i), false, false));
        }
        // A one-to-many: each target row belongs to one owner at most, so the target's key is unique
        // here: the table's primary key for a set, a unique column otherwise (a unique key over a composite one).
        boolean uniqueTarget = oneToMany && !association.set() && targetKey.size() == 1;
        boolean uniqueTargetColumns = oneToMany && !association.set() && targetKey.size() > 1;
        for (int i = 0; i < targetKey.size(); i++) {
            tableColumns.add(columns.referring(targetNames.get(i), targetKey.get(i), false, uniqueTarget));
        }
        List<String> primaryKey = new ArrayList<>();
        List<ForeignKey> foreignKeys = new ArrayList<>(List.of(
                entities.toKeyOf(entity.qualifiedName(), "", ownerNames),
                entities.toKeyOf(association.target(), "", targetNames)));
        if (association.mapKey() != null) {
            // A map: keyed by owner and key; a key that is the target's attribute makes the target the key's part.
            MapKeys.KeyColumns key = mapKeys.of(association.mapKey(), attribute.name(), false);
            tableColumns.addAll(key.columns());
            key.foreignKey().ifPresent(foreignKeys::add);
            primaryKey.addAll(ownerNames);
            primaryKey.addAll(key.columns().isEmpty() ? targetNames : key.names());
        } else if (!association.orderColumn().isEmpty()) {
            // An ordered list: each owner's positions are unique, so owner and position are the key.
            String order = naming.physical(association.orderColumn());
            tableColumns.add(Column.of(order, SqlType.INTEGER).withChecks(List.of(order + ">=0")));
            primaryKey.addAll(ownerNames);
            primaryKey.add(order);
        } else if (association.set() && oneToMany) {
            primaryKey.addAll(targetNames);
        } else if (association.set()) {
            primaryKey.addAll(ownerNames);
            primaryKey.addAll(targetNames);
        }
        List<UniqueKey> uniqueKeys = uniqueTargetColumns ? List.of(new UniqueKey("", targetNames)) : List.of();
        return new Table(joinTableName(entity, attribute), "", "", tableColumns, primaryKey, foreignKeys,
                uniqueKeys, List.of(), List.of(), "", entities.physical(association.joinTableNamespace()), "");
    }

    /** {@link #joinColumns(AttributeSource, Parts, boolean, boolean)} for a table built outside {@link Parts}. */
    private ForeignKey joinColumns(AttributeSource attribute, List<Column> tableColumns, List<UniqueKey> uniqueKeys,
                                   boolean forcedNullable) {
        Parts parts = new Parts();
        parts.columns.addAll(tableColumns);
        ForeignKey foreignKey = joinColumns(attribute, parts, forcedNullable, true);
        tableColumns.clear();
        tableColumns.addAll(parts.columns);
        uniqueKeys.addAll(parts.uniqueKeys);
        return foreignKey;
    }

    /**
     * Adds a to-one association's join columns to the table (shared with a basic attribute's where one maps them too);
     * a unique one over several columns gets a unique key, unless {@code ownTable} is false: a table-per-class table
     * repeats its ancestors' columns, each with its own unique flag, but not their tables' unique keys (Hibernate's
     * denormalized table copies columns and foreign keys only).
     */
    private ForeignKey joinColumns(AttributeSource attribute, Parts parts, boolean forcedNullable, boolean ownTable) {
        AssociationSource association = attribute.association();
        List<Column> targetKey = referencedKey(association);
        List<String> names = names(entities.explicitJoinColumns(association, targetKey), targetKey, attribute.name(), entities.table(association.target()));
        boolean unique = association.joinColumnUnique() || association.cardinality() == Cardinality.ONE_TO_ONE;
        for (int i = 0; i < targetKey.size(); i++) {
            boolean nullable = association.optional() || forcedNullable && !association.requiredColumn();
            parts.addShared(columns.referring(names.get(i), targetKey.get(i), nullable,
                    unique && targetKey.size() == 1), association.readOnly());
        }
        if (unique && targetKey.size() > 1 && ownTable) {
            parts.uniqueKeys.add(new UniqueKey("", names));
        }
        return new ForeignKey(association.foreignKeyName(), names, entities.table(association.target()),
                targetKey.stream().map(Column::name).toList(), entities.namespace(association.target()));
    }

    /** Explicit names where given, else {@code <prefix>_<referenced column>}, physical; see {@link EntityTables#joinColumnNames}. */
    private List<String> names(List<String> explicit, List<Column> referenced, String prefix, String referencedTable) {
        return entities.joinColumnNames(explicit, referenced, prefix, referencedTable);
    }
}
