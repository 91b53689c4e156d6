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
import io.modeldoc.processor.read.EntitySource;
import java.util.ArrayList;
import java.util.List;

/** Builds the table of an entity and the join tables its associations own. */
final class TableAssembler {

    private final Naming naming;
    private final ColumnFactory columns;
    private final EntityTables entities;
    TableAssembler(Naming naming, ColumnFactory columns, EntityTables entities) {
        this.naming = naming;
        this.columns = columns;
        this.entities = entities;
    }

    /** The entity's table; {@code rules} are its business rules, whose checks become CHECK constraints. */
    Table entityTable(EntitySource entity, List<Rule> rules) {
        String table = entities.table(entity.qualifiedName());
        List<Column> tableColumns = new ArrayList<>();
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (AttributeSource attribute : entity.attributes()) {
            if (attribute.column() != null) {
                tableColumns.add(columns.of(attribute));
            } else if (attribute.association().cardinality().toOne() && attribute.association().owning()
                    && entities.contains(attribute.association().target())) {
                ForeignKey foreignKey = joinColumns(attribute, tableColumns);
                foreignKeys.add(foreignKey);
            }
        }
        List<String> primaryKey = entities.primaryKey(entity.qualifiedName()).stream().map(Column::name).toList();
        List<UniqueKey> uniqueKeys = entity.uniqueKeys().stream()
                .map(u -> new UniqueKey(u.name(), u.columns().stream().map(naming::physical).toList()))
                .toList();
        List<Index> indexes = entity.indexes().stream()
                .map(i -> new Index(i.name(), i.columns().stream()
                        .map(c -> new Index.IndexColumn(naming.physical(c.name()), c.order())).toList(), i.unique()))
                .toList();
        List<Check> checks = rules.stream()
                .filter(Rule::enforcedByDatabase)
                .map(rule -> new Check(rule.checkName(), rule.check()))
                .toList();
        return new Table(table, entity.qualifiedName(), entity.tableComment(), tableColumns, primaryKey,
                foreignKeys, uniqueKeys, indexes, checks, entity.renamedFrom());
    }

    /** The join tables owned by the entity's to-many associations, in declaration order. */
    List<Table> joinTables(EntitySource entity) {
        List<Table> tables = new ArrayList<>();
        for (AttributeSource attribute : entity.attributes()) {
            AssociationSource association = attribute.association();
            if (association != null && !association.cardinality().toOne() && association.owning()
                    && entities.contains(association.target())) {
                tables.add(joinTable(entity, attribute));
            }
        }
        return tables;
    }

    /** The name of the join table of an owning to-many association. */
    String joinTableName(EntitySource entity, AttributeSource attribute) {
        AssociationSource association = attribute.association();
        if (!association.joinTable().isEmpty()) {
            return naming.physical(association.joinTable());
        }
        return naming.joinTable(entities.table(entity.qualifiedName()), entities.table(association.target()), attribute.name());
    }

    /** The owner-side columns of a join table: {@code <inverse attribute or entity name>_<key>}. */
    List<String> ownerColumns(EntitySource entity, AttributeSource attribute) {
        AssociationSource association = attribute.association();
        List<Column> ownerKey = entities.primaryKey(entity.qualifiedName());
        AttributeSource inverse = entities.inverseOf(entity.qualifiedName(), attribute.name(), association.target());
        String prefix = inverse != null ? inverse.name() : entity.entityName();
        return names(association.joinTableColumns(), ownerKey, prefix);
    }

    private Table joinTable(EntitySource entity, AttributeSource attribute) {
        AssociationSource association = attribute.association();
        List<Column> ownerKey = entities.primaryKey(entity.qualifiedName());
        List<Column> targetKey = entities.primaryKey(association.target());
        List<String> ownerNames = ownerColumns(entity, attribute);
        List<String> targetNames = names(association.inverseColumns(), targetKey, attribute.name());
        boolean oneToMany = association.cardinality() == Cardinality.ONE_TO_MANY;
        List<Column> tableColumns = new ArrayList<>();
        for (int i = 0; i < ownerKey.size(); i++) {
            tableColumns.add(columns.referring(ownerNames.get(i), ownerKey.get(i), false, false));
        }
        for (int i = 0; i < targetKey.size(); i++) {
            // A unidirectional one-to-many: each target row belongs to one owner at most.
            tableColumns.add(columns.referring(targetNames.get(i), targetKey.get(i), false, oneToMany && targetKey.size() == 1));
        }
        List<String> primaryKey = new ArrayList<>();
        if (association.set()) {
            primaryKey.addAll(ownerNames);
            primaryKey.addAll(targetNames);
        }
        List<ForeignKey> foreignKeys = List.of(
                new ForeignKey("", ownerNames, entities.table(entity.qualifiedName()), ownerKey.stream().map(Column::name).toList()),
                new ForeignKey("", targetNames, entities.table(association.target()), targetKey.stream().map(Column::name).toList()));
        return new Table(joinTableName(entity, attribute), "", "", tableColumns, primaryKey, foreignKeys,
                List.of(), List.of(), List.of());
    }

    private ForeignKey joinColumns(AttributeSource attribute, List<Column> tableColumns) {
        AssociationSource association = attribute.association();
        List<Column> targetKey = entities.primaryKey(association.target());
        List<String> explicit = association.joinColumn().isEmpty() ? List.of() : List.of(association.joinColumn());
        List<String> names = names(explicit, targetKey, attribute.name());
        boolean unique = association.joinColumnUnique() || association.cardinality() == Cardinality.ONE_TO_ONE;
        for (int i = 0; i < targetKey.size(); i++) {
            tableColumns.add(columns.referring(names.get(i), targetKey.get(i), association.optional(), unique && targetKey.size() == 1));
        }
        return new ForeignKey("", names, entities.table(association.target()), targetKey.stream().map(Column::name).toList());
    }

    /** Explicit names where given, else {@code <prefix>_<referenced column>}, physical. */
    private List<String> names(List<String> explicit, List<Column> referenced, String prefix) {
        if (explicit.size() == referenced.size()) {
            return explicit.stream().map(naming::physical).toList();
        }
        return referenced.stream().map(c -> naming.physical(prefix + "_" + c.name())).toList();
    }
}
