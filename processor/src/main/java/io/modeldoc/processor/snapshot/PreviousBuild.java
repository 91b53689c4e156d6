package io.modeldoc.processor.snapshot;

import io.modeldoc.processor.read.AttributeSource;
import io.modeldoc.processor.read.EntitySource;
import java.io.IOException;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the previous build of this module documented, read back from its {@code modeldoc/model.json}
 * in the class output. In a partial build, entities that were not recompiled arrive as class
 * files, which keep no Javadoc: this supplies the descriptions their Javadoc gave last time, and
 * the names of the entities to look up at all.
 */
public final class PreviousBuild {

    /** No previous build, or one this version cannot read: a partial build then documents what it compiles. */
    public static final PreviousBuild NONE = new PreviousBuild(Map.of(), Map.of(), Map.of());

    private final Map<String, String> purposes;
    private final Map<String, Map<String, String>> attributeDescriptions;
    private final Map<String, String> packageDescriptions;

    private PreviousBuild(Map<String, String> purposes, Map<String, Map<String, String>> attributeDescriptions,
                          Map<String, String> packageDescriptions) {
        this.purposes = purposes;
        this.attributeDescriptions = attributeDescriptions;
        this.packageDescriptions = packageDescriptions;
    }

    /**
     * The snapshot the previous build left in the class output; {@link #NONE} when there is none
     * or it cannot be read (a partial build then documents what it compiles).
     */
    public static PreviousBuild read(Filer filer) {
        try {
            FileObject file = filer.getResource(StandardLocation.CLASS_OUTPUT, "", "modeldoc/model.json");
            return parse(file.getCharContent(true).toString());
        } catch (IOException | RuntimeException e) {
            return NONE;
        }
    }

    /** Reads a snapshot; {@link #NONE} when it is of another format version. */
    @SuppressWarnings("unchecked")
    public static PreviousBuild parse(String json) {
        Map<String, Object> root = (Map<String, Object>) JsonReader.read(json);
        if (!Long.valueOf(ModelJson.FORMAT_VERSION).equals(root.get("formatVersion"))) {
            return NONE;
        }
        Map<String, String> purposes = new TreeMap<>();
        Map<String, Map<String, String>> attributes = new TreeMap<>();
        for (Object item : (List<Object>) root.get("entities")) {
            Map<String, Object> entity = (Map<String, Object>) item;
            String name = (String) entity.get("qualifiedName");
            // Empty values are left out of the file.
            purposes.put(name, (String) entity.getOrDefault("purpose", ""));
            Map<String, String> descriptions = new TreeMap<>();
            for (Object attribute : (List<Object>) entity.getOrDefault("attributes", List.of())) {
                Map<String, Object> fields = (Map<String, Object>) attribute;
                descriptions.put((String) fields.get("name"), (String) fields.getOrDefault("description", ""));
            }
            attributes.put(name, descriptions);
        }
        Map<String, String> packages = new TreeMap<>();
        for (Object item : (List<Object>) root.get("features")) {
            Map<String, Object> feature = (Map<String, Object>) item;
            packages.put((String) feature.get("packageName"), (String) feature.getOrDefault("description", ""));
        }
        return new PreviousBuild(purposes, attributes, packages);
    }

    /** The entities the previous build documented. */
    public Set<String> entities() {
        return new TreeSet<>(purposes.keySet());
    }

    /** The package Javadoc the previous build saw; empty when none. */
    public String packageDescription(String packageName) {
        return packageDescriptions.getOrDefault(packageName, "");
    }

    /**
     * The entity with every unknown description ({@code null}: Javadoc of an element read from a
     * class file) replaced by the one the previous build saw, or by empty text.
     */
    public EntitySource restore(EntitySource entity) {
        Map<String, String> descriptions = attributeDescriptions.getOrDefault(entity.qualifiedName(), Map.of());
        List<AttributeSource> attributes = entity.attributes().stream()
                .map(a -> a.description() == null ? a.withDescription(descriptions.getOrDefault(a.name(), "")) : a)
                .toList();
        String purpose = entity.purpose() == null ? purposes.getOrDefault(entity.qualifiedName(), "") : entity.purpose();
        return entity.withDocumentation(purpose, attributes);
    }
}
