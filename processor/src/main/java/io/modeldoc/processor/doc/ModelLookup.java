package io.modeldoc.processor.doc;

import io.modeldoc.processor.model.Attribute;
import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.ExternalEntity;
import io.modeldoc.processor.model.Feature;
import io.modeldoc.processor.model.ForeignKey;
import io.modeldoc.processor.model.Relationship;
import io.modeldoc.processor.model.Table;
import io.modeldoc.processor.sql.SqlScript;
import io.modeldoc.processor.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The indexes over a {@link DataModel} and its script that every planner shares, built once in
 * linear time: models may hold thousands of entities. Lists keep the model's (sorted) order;
 * maps are only looked up, never iterated into output.
 */
final class ModelLookup {

    /** The order of entity sections in a feature document. */
    static final Comparator<Entity> BY_SIMPLE_NAME =
            Comparator.comparing(Entity::simpleName).thenComparing(Entity::qualifiedName);

    /** A foreign key together with the table declaring it. */
    record Reference(TableFacts from, ForeignKey foreignKey) {
    }

    private final DataModel model;
    private final Map<String, Feature> features = new HashMap<>();
    private final Map<String, Entity> entities = new HashMap<>();
    private final Map<String, List<Entity>> entitiesOfFeature = new HashMap<>();
    private final Map<String, String> anchors = new HashMap<>();
    private final Map<String, List<Entity>> subtypes = new HashMap<>();
    private final Map<String, TableFacts> tables = new HashMap<>();
    private final Map<String, List<TableFacts>> tablesOfFeature = new HashMap<>();
    private final Map<String, List<TableFacts>> secondaryTablesOf = new HashMap<>();
    private final Map<String, List<Reference>> referencesTo = new HashMap<>();
    private final Map<String, Map<Statement.Kind, List<Statement>>> statements = new HashMap<>();
    private final Map<String, ExternalEntity> externals = new HashMap<>();
    private final Map<String, ExternalEntity> externalTables = new HashMap<>();

    ModelLookup(DataModel model, SqlScript script) {
        this.model = model;
        model.features().forEach(f -> features.putIfAbsent(f.slug(), f));
        for (ExternalEntity external : model.externals()) {
            externals.put(external.qualifiedName(), external);
            externalTables.putIfAbsent(TableFacts.key(external.table().name()), external);
        }
        Map<String, Entity> entityOfTable = new HashMap<>();
        Map<String, Entity> ownerOfJoinTable = new HashMap<>();
        Map<String, Entity> userOfGeneratorTable = new HashMap<>();
        for (Entity entity : model.entities()) {
            entity.attributes().stream().map(a -> a.generation()).filter(g -> g.startsWith(Attribute.TABLE_GENERATOR))
                    .forEach(g -> userOfGeneratorTable.putIfAbsent(TableFacts.key(g.substring(Attribute.TABLE_GENERATOR.length())), entity));
            entities.put(entity.qualifiedName(), entity);
            entitiesOfFeature.computeIfAbsent(entity.featureSlug(), k -> new ArrayList<>()).add(entity);
            entityOfTable.putIfAbsent(TableFacts.key(entity.table()), entity);
            for (Relationship r : entity.relationships()) {
                if (r.owning() && !r.joinTable().isEmpty()) {
                    ownerOfJoinTable.putIfAbsent(TableFacts.key(r.joinTable()), entity);
                }
            }
        }
        entitiesOfFeature.replaceAll((slug, list) -> new ArrayList<>(EntitySections.inDocumentOrder(list, entities)));
        model.entities().stream().filter(e -> e.inheritance() != null && !e.inheritance().isBase()).sorted(BY_SIMPLE_NAME)
                .forEach(e -> subtypes.computeIfAbsent(e.inheritance().parent(), k -> new ArrayList<>()).add(e));
        entitiesOfFeature.forEach((slug, list) -> assignAnchors(list));
        for (Table table : model.tables()) {
            // A secondary table belongs to the entity whose columns it holds, and is shown in its feature's document.
            Entity owner = table.isSecondaryTable() ? entities.get(table.secondaryOf())
                    : table.isJoinTable() ? joinTableOwner(table, ownerOfJoinTable, entityOfTable, userOfGeneratorTable)
                    : entities.get(table.entity());
            TableFacts facts = TableFacts.of(table, owner);
            tables.putIfAbsent(TableFacts.key(table.name()), facts);
            tablesOfFeature.computeIfAbsent(facts.featureSlug(), k -> new ArrayList<>()).add(facts);
            if (table.isSecondaryTable()) {
                secondaryTablesOf.computeIfAbsent(table.secondaryOf(), k -> new ArrayList<>()).add(facts);
            }
        }
        for (Table table : model.tables()) {
            TableFacts from = table(table.name());
            for (ForeignKey fk : table.foreignKeys()) {
                referencesTo.computeIfAbsent(TableFacts.key(fk.referencedTable()), k -> new ArrayList<>()).add(new Reference(from, fk));
            }
        }
        for (Statement s : script.statements()) {
            statements.computeIfAbsent(TableFacts.key(s.table()), k -> new EnumMap<>(Statement.Kind.class))
                    .computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s);
        }
    }

    /**
     * A join table belongs to the entity whose owning association names it (the first such entity
     * by qualified name); a collection table, which no association names, to the entity its first
     * foreign key references; a {@code @TableGenerator}'s table, which has no foreign key, to the
     * first entity (by qualified name) whose identifier draws on it, so that every table is in a document.
     */
    private static Entity joinTableOwner(Table table, Map<String, Entity> ownerOfJoinTable, Map<String, Entity> entityOfTable,
                                         Map<String, Entity> userOfGeneratorTable) {
        Entity owner = ownerOfJoinTable.get(TableFacts.key(table.name()));
        if (owner == null && !table.foreignKeys().isEmpty()) {
            owner = entityOfTable.get(TableFacts.key(table.foreignKeys().get(0).referencedTable()));
        }
        return owner != null ? owner : userOfGeneratorTable.get(TableFacts.key(table.name()));
    }

    private void assignAnchors(List<Entity> sorted) {
        anchors.putAll(EntitySections.anchors(features.get(sorted.get(0).featureSlug()), sorted));
    }

    DataModel model() {
        return model;
    }

    Feature feature(String slug) {
        return features.get(slug);
    }

    /** The entity of that qualified name, or {@code null}. */
    Entity entity(String qualifiedName) {
        return entities.get(qualifiedName);
    }

    /** The entities that directly extend the entity, by simple name. */
    List<Entity> subtypesOf(Entity entity) {
        return subtypes.getOrDefault(entity.qualifiedName(), List.of());
    }

    /** The base of the entity's hierarchy: the entity itself when it extends none in the model. */
    Entity baseOf(Entity entity) {
        Entity base = entity;
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (base.inheritance() != null && !base.inheritance().isBase() && seen.add(base.qualifiedName())
                && entities.containsKey(base.inheritance().parent())) {
            base = entities.get(base.inheritance().parent());
        }
        return base;
    }

    /** The feature's entities, in document order. */
    List<Entity> entitiesOf(String slug) {
        return entitiesOfFeature.getOrDefault(slug, List.of());
    }

    /** The feature's entity and join tables, in the model's order. */
    List<TableFacts> tablesOf(String slug) {
        return tablesOfFeature.getOrDefault(slug, List.of());
    }

    /** The table of that name, or {@code null}. */
    TableFacts table(String name) {
        return tables.get(TableFacts.key(name));
    }

    /** The entity's {@code @SecondaryTable}s, in the model's order. */
    List<TableFacts> secondaryTablesOf(Entity entity) {
        return secondaryTablesOf.getOrDefault(entity.qualifiedName(), List.of());
    }

    /**
     * The table's name with its catalog and schema ({@code billing.invoice}), as a reader looks for it in the
     * database; the name as given when the model has no such table.
     */
    String qualifiedTable(String name) {
        TableFacts facts = tables.get(TableFacts.key(name));
        return facts == null ? name : facts.table().qualifiedName();
    }

    /** The foreign keys, anywhere in the model, that reference the table. */
    List<Reference> referencesTo(String table) {
        return referencesTo.getOrDefault(TableFacts.key(table), List.of());
    }

    /** The script's statements of that kind about the table, in script order. */
    List<Statement> statements(String table, Statement.Kind kind) {
        return statements.getOrDefault(TableFacts.key(table), Map.of()).getOrDefault(kind, List.of());
    }

    /** The entity's heading anchor in its feature's document. */
    String anchor(Entity entity) {
        return anchors.get(entity.qualifiedName());
    }

    /** Where the entity's section is, seen from the document of feature {@code fromSlug}. */
    String entityTarget(String fromSlug, Entity entity) {
        return (entity.featureSlug().equals(fromSlug) ? "" : entity.featureSlug() + ".md") + "#" + anchor(entity);
    }

    /** A link to the entity's section, titled with its simple name, from the document of {@code fromSlug}. */
    String entityLink(String fromSlug, Entity entity) {
        return Markdown.link(Markdown.cell(entity.simpleName()), entityTarget(fromSlug, entity));
    }

    /** The entity of another module of that qualified name, or {@code null}. */
    ExternalEntity external(String qualifiedName) {
        return externals.get(qualifiedName);
    }

    /** The entity of another module whose table has that name, or {@code null}. */
    ExternalEntity externalOfTable(String table) {
        return externalTables.get(TableFacts.key(table));
    }

    /**
     * Another module's entity, titled with {@code text} (escaped), with its module: a link to its
     * section in that module's documents, which lie beside this module's in the {@code modeldoc/}
     * folder of the class path ({@code [Book](catalogue.md#book) (module `catalog`)}), else the text
     * alone when that module has no document for it, or one named like this module's.
     */
    String externalLink(ExternalEntity external, String text) {
        String document = external.document();
        String file = document.contains("#") ? document.substring(0, document.indexOf('#')) : document;
        boolean linkable = !document.isEmpty() && !features.containsKey(file.replaceFirst("\\.md$", ""));
        return (linkable ? Markdown.link(text, document) : text) + " (module " + Markdown.code(external.module()) + ")";
    }

    /** A link to the feature's document, titled with its name; safe in a table cell. */
    String featureLink(String slug) {
        Feature feature = features.get(slug);
        return Markdown.link(Markdown.cell(feature == null ? slug : feature.name()), slug + ".md");
    }
}
