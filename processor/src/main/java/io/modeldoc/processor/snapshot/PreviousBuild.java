package io.modeldoc.processor.snapshot;

import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.Entity;
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
    public static final PreviousBuild NONE = new PreviousBuild(null, Map.of(), Map.of(), Map.of());

    private final DataModel model;

    private final Map<String, String> purposes;
    private final Map<String, Map<String, String>> attributeDescriptions;
    private final Map<String, String> packageDescriptions;

    private PreviousBuild(DataModel model, Map<String, String> purposes, Map<String, Map<String, String>> attributeDescriptions,
                          Map<String, String> packageDescriptions) {
        this.model = model;
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

    /**
     * Reads a snapshot through {@link BaselineReader}, the one reader of {@code model.json}: it
     * knows which values the writer leaves out (an unnamed feature's package, a purpose never
     * written), so every value the file omits reads as empty here too.
     *
     * @throws BaselineReader.BadBaseline when the text is not a snapshot this version reads
     */
    public static PreviousBuild parse(String json) {
        DataModel model = BaselineReader.read("modeldoc/model.json of the previous build", json);
        Map<String, String> purposes = new TreeMap<>();
        Map<String, Map<String, String>> attributes = new TreeMap<>();
        for (Entity entity : model.entities()) {
            purposes.put(entity.qualifiedName(), entity.purpose());
            Map<String, String> descriptions = new TreeMap<>();
            entity.attributes().forEach(a -> descriptions.put(a.name(), a.description()));
            attributes.put(entity.qualifiedName(), descriptions);
        }
        Map<String, String> packages = new TreeMap<>();
        model.features().forEach(f -> packages.put(f.packageName(), f.description()));
        return new PreviousBuild(model, purposes, attributes, packages);
    }

    /** The model the previous build documented; {@code null} when there is none. */
    public DataModel model() {
        return model;
    }

    /** The entities the previous build documented. */
    public Set<String> entities() {
        return new TreeSet<>(purposes.keySet());
    }

    /** The Spring Data repositories whose queries the previous build analysed. */
    public Set<String> repositories() {
        Set<String> repositories = new TreeSet<>();
        if (model != null) {
            model.queries().stream().filter(q -> !q.declared().method().isEmpty()).forEach(q -> repositories.add(q.declared().declaredBy()));
        }
        return repositories;
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
