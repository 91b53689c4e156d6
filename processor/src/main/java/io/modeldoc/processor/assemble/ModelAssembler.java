package io.modeldoc.processor.assemble;

import io.modeldoc.processor.Settings;
import io.modeldoc.processor.diag.Message;
import io.modeldoc.processor.diag.Origin;
import io.modeldoc.processor.diag.Problem;
import io.modeldoc.processor.model.Rule;
import io.modeldoc.processor.model.Attribute;
import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.ElementCollection;
import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.ExternalEntity;
import io.modeldoc.processor.model.Inheritance;
import io.modeldoc.processor.model.Feature;
import io.modeldoc.processor.model.Relationship;
import io.modeldoc.processor.model.Sequence;
import io.modeldoc.processor.model.SqlType;
import io.modeldoc.processor.model.Table;
import io.modeldoc.processor.read.AssociationSource;
import io.modeldoc.processor.read.AttributeSource;
import io.modeldoc.processor.read.EntitySource;
import io.modeldoc.processor.read.GenerationSource;
import io.modeldoc.processor.read.InheritanceSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** Assembles the entity sources of a compilation into the {@link DataModel}. */
public final class ModelAssembler {

    private final Naming naming;
    private final Function<String, Optional<Feature>> featureOfPackage;

    /**
     * @param featureOfPackage the feature declared for a package or an enclosing one
     */
    public ModelAssembler(Settings settings, Function<String, Optional<Feature>> featureOfPackage) {
        this.naming = settings.snakeCase() ? Naming.SNAKE_CASE : Naming.JPA;
        this.featureOfPackage = featureOfPackage;
    }

    /**
     * @param problems receives what assembly finds wrong across entities: features claimed twice,
     *                 business-rule checks that are not one expression
     */
    public DataModel assemble(List<EntitySource> sources, List<Problem> problems) {
        return assemble(sources, List.of(), problems);
    }

    /**
     * @param externals the entities of other modules that the sources' associations point to, with their tables
     * @param problems  receives what assembly finds wrong across entities: features claimed twice,
     *                  business-rule checks that are not one expression
     */
    public DataModel assemble(List<EntitySource> sources, List<ExternalEntity> externals, List<Problem> problems) {
        List<EntitySource> sorted = sources.stream().sorted(Comparator.comparing(EntitySource::qualifiedName)).toList();
        problems.addAll(DerivedIdCycles.find(sorted));
        ColumnFactory columns = new ColumnFactory(naming);
        EntityTables entityTables = new EntityTables(sorted, externals, naming, columns);
        problems.addAll(unknownReferencedColumns(sorted, entityTables));
        TableAssembler tableAssembler = new TableAssembler(naming, columns, entityTables);
        CheckNames checkNames = new CheckNames(entityTables, tableAssembler);

        Map<String, Feature> features = features(sorted, problems);
        Map<String, Table> tables = new TreeMap<>();
        Map<String, Sequence> sequences = new TreeMap<>();
        List<Entity> entities = new ArrayList<>();
        Map<String, List<Rule>> rules = new TreeMap<>();
        for (EntitySource source : sorted) {
            rules.put(source.qualifiedName(), checkNames.of(source, entityTables.table(source.qualifiedName()), problems));
        }
        for (EntitySource source : sorted) {
            Feature feature = features.get(featureOf(source).slug());
            tableAssembler.entityTable(source, s -> rules.get(s.qualifiedName()))
                    .ifPresent(table -> tables.putIfAbsent(key(table), table));
            for (Table secondaryTable : tableAssembler.secondaryTables(source)) {
                tables.putIfAbsent(key(secondaryTable), secondaryTable);
            }
            for (Table joinTable : tableAssembler.joinTables(source)) {
                tables.putIfAbsent(key(joinTable), joinTable);
            }
            sequence(source).ifPresent(s -> sequences.putIfAbsent(key(s.qualifiedName()), s));
            generatorTable(source).ifPresent(t -> tables.putIfAbsent(key(t), t));
            entities.add(entity(source, feature, entityTables.table(source.qualifiedName()), tableAssembler, entityTables,
                    rules.get(source.qualifiedName())));
        }
        problems.addAll(CheckColumns.unknown(sorted, rules, tables.values()));
        List<Feature> featureList = features.values().stream().sorted(Comparator.comparing(Feature::name)).toList();
        return new DataModel(featureList, entities, List.copyOf(tables.values()), List.copyOf(sequences.values()),
                externals.stream().sorted(Comparator.comparing(ExternalEntity::qualifiedName)).toList());
    }

    /**
     * {@code @JoinColumn(referencedColumnName)} must name a column of the target: Hibernate stops otherwise, where
     * ModelDoc would quietly point the key at the target's primary key.
     */
    private static List<Problem> unknownReferencedColumns(List<EntitySource> sources, EntityTables entityTables) {
        List<Problem> problems = new ArrayList<>();
        for (EntitySource source : sources) {
            for (AttributeSource attribute : source.attributes()) {
                AssociationSource association = attribute.association();
                if (association != null && association.cardinality().toOne() && association.owning()
                        && !association.referencedColumn().isEmpty() && entityTables.contains(association.target())
                        && !entityTables.hasColumn(association.target(), association.referencedColumn())) {
                    String target = association.target().substring(association.target().lastIndexOf('.') + 1);
                    problems.add(Problem.of(Message.REFERENCED_COLUMN_NOWHERE, new Origin(source.qualifiedName(), attribute.name()),
                            association.referencedColumn(), attribute.name(), target, entityTables.table(association.target()),
                            association.referencedColumn()));
                }
            }
        }
        return problems;
    }

    /**
     * The features of the entities' packages by slug. When several packages claim one feature, the
     * first by name owns it and the others' entities join it; each later claim is a problem.
     */
    private Map<String, Feature> features(List<EntitySource> sources, List<Problem> problems) {
        Map<String, Feature> declared = new TreeMap<>();
        for (EntitySource source : sources) {
            featureOfPackage.apply(source.packageName()).filter(f -> f.name().isBlank())
                    .ifPresent(f -> declared.putIfAbsent(f.packageName(), f));
        }
        // A feature without a name is reported, and its entities join the document of unnamed entities.
        declared.keySet().forEach(pkg -> problems.add(Problem.of(Message.BLANK_FEATURE, Origin.of(pkg), pkg)));
        declared.clear();
        for (EntitySource source : sources) {
            Feature feature = featureOf(source);
            declared.putIfAbsent(feature.packageName(), feature);
        }
        Map<String, Feature> bySlug = new TreeMap<>();
        for (Feature feature : declared.values()) {
            Feature owner = bySlug.putIfAbsent(feature.slug(), feature);
            if (owner != null) {
                problems.add(Problem.of(Message.FEATURE_CLAIMED_TWICE, Origin.of(feature.packageName()),
                        feature.packageName(), feature.name(), owner.packageName()));
            }
        }
        return bySlug;
    }

    /** The feature of the entity's package; the unnamed feature when none, or one without a name, is declared. */
    private Feature featureOf(EntitySource source) {
        return featureOfPackage.apply(source.packageName()).filter(f -> !f.name().isBlank()).orElseGet(Feature::unnamed);
    }

    private Entity entity(EntitySource source, Feature feature, String table, TableAssembler tableAssembler,
                          EntityTables entityTables, List<Rule> rules) {
        List<Attribute> attributes = new ArrayList<>();
        List<Relationship> relationships = new ArrayList<>();
        for (AttributeSource attribute : source.attributes()) {
            List<String> attributeColumns = tableAssembler.columnsOf(attribute);
            if (attribute.association() != null && entityTables.contains(attribute.association().target())) {
                relationships.add(relationship(source, attribute, attributeColumns, tableAssembler, entityTables));
            }
            attributes.add(new Attribute(attribute.name(), attribute.javaType(), attribute.kind(), attributeColumns,
                    attribute.description(), generation(source, attribute), attribute.validations(), attribute.sensitivity(),
                    attribute.audit(), tableAssembler.mapKeyOf(attribute), elements(source, attribute, tableAssembler)));
        }
        return Entity.builder(source.qualifiedName())
                .simpleName(source.simpleName())
                .entityName(source.entityName())
                .featureSlug(feature.slug())
                .table(table)
                .purpose(source.purpose())
                .attributes(attributes)
                .relationships(relationships)
                .rules(rules)
                .usage(source.usage())
                .access(source.access())
                .archival(source.archival())
                .risks(source.risks())
                .queries(source.queries())
                .callbacks(source.callbacks())
                .cache(source.cache())
                .cacheRegion(source.cacheRegion())
                .audited(source.audited())
                .inheritance(inheritance(source, entityTables))
                .build();
    }

    /** Where an element collection keeps its values; {@code null} for other attributes. */
    private ElementCollection elements(EntitySource source, AttributeSource attribute, TableAssembler tableAssembler) {
        if (attribute.elements() == null) {
            return null;
        }
        String orderColumn = attribute.elements().orderColumn();
        return new ElementCollection(tableAssembler.collectionTableName(source, attribute), attribute.elements().fetch(),
                attribute.elements().orderBy(), orderColumn.isEmpty() ? "" : naming.physical(orderColumn));
    }

    /** The entity's place in its hierarchy, as the document tells it; {@code null} outside any hierarchy. */
    private Inheritance inheritance(EntitySource source, EntityTables entityTables) {
        EntitySource parent = entityTables.parent(source);
        if (parent == null && !entityTables.hasSubclasses(source.qualifiedName())) {
            return null;
        }
        InheritanceSource base = entityTables.root(source).inheritance();
        String strategy = base.strategy();
        // As the tables are built: a single table always tells its rows apart, a joined hierarchy only when declared.
        boolean discriminated = strategy.equals("SINGLE_TABLE") || strategy.equals("JOINED") && base.discriminator().declared();
        boolean isAbstract = source.inheritance().isAbstract();
        return new Inheritance(parent == null ? "" : parent.qualifiedName(), strategy,
                discriminated ? naming.physical(base.discriminatorColumn()) : "",
                discriminated && !isAbstract ? source.inheritance().discriminatorValue() : "", isAbstract);
    }

    private Relationship relationship(EntitySource source, AttributeSource attribute, List<String> columns,
                                      TableAssembler tables, EntityTables entityTables) {
        AssociationSource association = attribute.association();
        List<String> joinColumns = columns;
        String joinTable = "";
        if (EntityTables.isUnidirectionalJoinColumn(attribute)) {
            // A one-to-many kept by a join column in the target's table has no join table.
            joinColumns = tables.joinColumnsInTarget(source, attribute);
        } else if (!association.cardinality().toOne() && association.owning()) {
            joinTable = tables.joinTableName(source, attribute);
            joinColumns = tables.ownerColumns(source, attribute);
        } else if (!association.owning()) {
            // The owner's side holds the mapping: show its columns or join table here too.
            EntitySource target = entityTables.source(association.target());
            AttributeSource owner = target == null ? null : target.attributes().stream()
                    .filter(a -> a.name().equals(association.mappedBy())).findFirst().orElse(null);
            if (owner != null && owner.association() != null) {
                if (owner.association().cardinality().toOne()) {
                    joinColumns = tables.columnsOf(owner);
                } else {
                    joinTable = tables.joinTableName(target, owner);
                }
            }
        }
        return new Relationship(attribute.name(), association.cardinality(), association.target(), association.owning(),
                association.mappedBy(), joinColumns, joinTable, association.optional(), association.cascade(),
                association.fetch(), association.orphanRemoval(), association.identifying() && association.owning(),
                association.primaryKeyJoin());
    }

    /** The table a {@code @TableGenerator} keeps its values in: one row per generator. */
    private Optional<Table> generatorTable(EntitySource source) {
        return source.ids().stream().map(AttributeSource::generation)
                .filter(g -> g != null && g.table() != null).findFirst()
                .map(g -> {
                    String pk = naming.physical(g.table().pkColumn());
                    return new Table(naming.physical(g.table().table()), "", "", List.of(
                            Column.of(pk, SqlType.VARCHAR).withLength(255),
                            Column.of(naming.physical(g.table().valueColumn()), SqlType.BIGINT).withNullable(true)),
                            List.of(pk), List.of(), List.of(), List.of(), List.of(), "", physical(g.table().namespace()), "");
                });
    }

    private Optional<Sequence> sequence(EntitySource source) {
        for (AttributeSource id : source.ids()) {
            GenerationSource generation = id.generation();
            if (generation != null && generation.usesSequence() && id.column().type() != SqlType.UUID) {
                // Hibernate 7 names the implicit sequence after the table: <table>_SEQ, unquoted even when the
                // table's name is quoted (quotes around only part of a name would not parse).
                String table = unquoted(source.table().isEmpty() ? source.entityName() : source.table());
                String name = generation.sequence().isEmpty() ? table + "_SEQ" : generation.sequence();
                return Optional.of(new Sequence(naming.physical(name), generation.initialValue(), generation.allocationSize(),
                        physical(generation.namespace())));
            }
        }
        return Optional.empty();
    }

    private static String unquoted(String name) {
        boolean quoted = name.length() > 1 && (name.startsWith("\"") && name.endsWith("\"")
                || name.startsWith("`") && name.endsWith("`"));
        return quoted ? name.substring(1, name.length() - 1) : name;
    }

    private String generation(EntitySource source, AttributeSource attribute) {
        GenerationSource generation = attribute.generation();
        if (generation == null) {
            return "";
        }
        if (generation.strategy().equals("IDENTITY")) {
            return "identity column";
        }
        if (generation.table() != null) {
            return Attribute.TABLE_GENERATOR + naming.physical(generation.table().table());
        }
        return sequence(source)
                .map(s -> String.format(Locale.ROOT, "sequence %s (increment %d)", s.name(), s.allocationSize()))
                .orElse(generation.strategy().equals("UUID") || attribute.column().type() == SqlType.UUID
                        ? "random UUID" : generation.strategy().toLowerCase(Locale.ROOT) + " generator");
    }

    /** A namespace as written, with physical names. */
    private io.modeldoc.processor.model.Namespace physical(io.modeldoc.processor.model.Namespace written) {
        return io.modeldoc.processor.model.Namespace.of(naming.physical(written.catalog()), naming.physical(written.schema()));
    }

    /** Tables by lower-cased qualified name: one name may be used in two schemas. */
    private static String key(Table table) {
        return key(table.qualifiedName());
    }

    /** Hibernate orders tables and sequences by their lower-cased names. */
    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
