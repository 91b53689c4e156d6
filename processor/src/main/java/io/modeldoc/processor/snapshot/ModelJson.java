package io.modeldoc.processor.snapshot;

import io.modeldoc.processor.model.DataModel;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes {@code model.json}. */
public final class ModelJson {

    /**
     * Raised whenever the snapshot's shape changes, so a baseline from another version is
     * recognised: 2 added {@code renamedFrom}; 3 the namespaces of tables, sequences and referenced
     * tables, {@code secondaryOf}, a unique key's {@code namedAfter}, an attribute's {@code mapKey},
     * a relationship's {@code identifying} and {@code primaryKeyJoin}, and leaves out record
     * components at their empty value. A model with associations to other modules' entities also
     * has {@code externals}: left out when empty, so every other file reads as before. 4 added an entity's
     * {@code inheritance} (left out outside a hierarchy) and an attribute's {@code elements} (left out but for
     * element collections). 5 added {@code queries}: the named queries and the repositories' queries, with their table
     * accesses (left out when there are none).
     */
    public static final int FORMAT_VERSION = 5;

    private ModelJson() {
    }

    public static String write(DataModel model) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("features", model.features());
        root.put("entities", model.entities());
        root.put("tables", model.tables());
        root.put("sequences", model.sequences());
        if (!model.externals().isEmpty()) {
            // Left out when empty, like every empty value: models within one module read as before.
            root.put("externals", model.externals());
        }
        if (!model.queries().isEmpty()) {
            root.put("queries", model.queries());
        }
        return JsonWriter.write(root);
    }
}
