package io.modeldoc.example;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The processor's {@code modeldoc/model.json}, read into the facts the tests hold the databases
 * and the documents to. The file leaves out empty values (false, "", []), so only keys that always
 * have a value are required. The tests take every expectation from here, never from a list of their own.
 */
final class ModelSnapshot {

    /** An entity, as its feature document should describe it. */
    record Entity(String qualifiedName, String simpleName, String featureSlug, String table, String purpose,
            List<Attribute> attributes, List<String> ruleTexts) {

        String packageName() {
            return qualifiedName.substring(0, qualifiedName.lastIndexOf('.'));
        }
    }

    /** An attribute; {@code columns} is empty for to-many and inverse sides. */
    record Attribute(String name, String kind, List<String> columns) {
    }

    /** A table, the entity's or a join table ({@code entity} empty). */
    record Table(String name, String entity, List<Column> columns, List<String> primaryKey,
            List<ForeignKey> foreignKeys, List<List<String>> uniqueKeys, int checkCount) {

        Optional<Column> column(String columnName) {
            return columns.stream().filter(c -> c.name().equalsIgnoreCase(columnName)).findFirst();
        }
    }

    record Column(String name, boolean nullable, boolean unique) {
    }

    record ForeignKey(List<String> columns, String referencedTable, List<String> referencedColumns) {
    }

    private final List<Entity> entities;
    private final List<Table> tables;
    private final List<String> sequences;

    private ModelSnapshot(List<Entity> entities, List<Table> tables, List<String> sequences) {
        this.entities = entities;
        this.tables = tables;
        this.sequences = sequences;
    }

    /** Reads {@code modeldoc/model.json} from the classpath. */
    static ModelSnapshot load() {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Outputs.read("modeldoc/model.json"));
        } catch (IOException e) {
            throw new UncheckedIOException("modeldoc/model.json is not valid JSON", e);
        }
        ModelSnapshot model = new ModelSnapshot(
                list(required(root, "entities"), ModelSnapshot::entity),
                list(required(root, "tables"), ModelSnapshot::table),
                list(required(root, "sequences"), s -> s.isTextual() ? s.asText() : text(s, "name")));
        if (model.entities.isEmpty() || model.tables.isEmpty()) {
            throw new AssertionError("modeldoc/model.json lists no entities or no tables: the processor saw none of the example's entities");
        }
        return model;
    }

    List<Entity> entities() {
        return entities;
    }

    List<Table> tables() {
        return tables;
    }

    List<String> sequences() {
        return sequences;
    }

    Table table(String name) {
        return tables.stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new AssertionError("model.json has no table " + name));
    }

    /** The slugs of the features the entities belong to, sorted. */
    List<String> featureSlugs() {
        return List.copyOf(new TreeSet<>(entities.stream().map(Entity::featureSlug).toList()));
    }

    /** A name as the database stores it when written unquoted, compared case-insensitively. */
    static String bare(String name) {
        String stripped = name.length() > 1 && "\"`[".indexOf(name.charAt(0)) >= 0 ? name.substring(1, name.length() - 1) : name;
        return stripped.toLowerCase(Locale.ROOT);
    }

    private static Entity entity(JsonNode node) {
        return new Entity(
                text(required(node, "qualifiedName")),
                text(required(node, "simpleName")),
                text(required(node, "featureSlug")),
                text(node, "table"),
                text(node, "purpose"),
                list(required(node, "attributes"), a -> new Attribute(
                        text(required(a, "name")), text(required(a, "kind")), texts(a.path("columns")))),
                list(node.path("rules"), r -> text(r, "text")));
    }

    private static Table table(JsonNode node) {
        return new Table(
                text(required(node, "name")),
                text(node, "entity"),
                list(required(node, "columns"), c -> new Column(
                        text(required(c, "name")), c.path("nullable").asBoolean(false), c.path("unique").asBoolean(false))),
                texts(node.path("primaryKey")),
                list(node.path("foreignKeys"), f -> new ForeignKey(
                        texts(required(f, "columns")), text(required(f, "referencedTable")), texts(required(f, "referencedColumns")))),
                list(node.path("uniqueKeys"), u -> texts(u.path("columns"))),
                node.path("checks").size());
    }

    private static JsonNode required(JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            throw new AssertionError("model.json: no '" + key + "' in " + abbreviate(node));
        }
        return value;
    }

    private static String text(JsonNode node) {
        return node.isNull() ? "" : node.asText();
    }

    /** The text under {@code key}; empty when it is missing or null. */
    private static String text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null ? "" : text(value);
    }

    private static List<String> texts(JsonNode array) {
        return list(array, ModelSnapshot::text);
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> reader) {
        List<T> result = new ArrayList<>();
        array.forEach(element -> result.add(reader.apply(element)));
        return List.copyOf(result);
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
