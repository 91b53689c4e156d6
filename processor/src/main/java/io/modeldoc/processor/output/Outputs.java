package io.modeldoc.processor.output;

import io.modeldoc.processor.Settings;
import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.render.Renderer;
import io.modeldoc.processor.snapshot.ModelJson;
import java.util.Map;
import java.util.TreeMap;

/** Renders every text output of a model: path below {@code modeldoc/} → content, sorted by path. */
public final class Outputs {

    private final Settings settings;
    private final Renderer renderer;

    public Outputs(Settings settings, Renderer renderer) {
        this.settings = settings;
        this.renderer = renderer;
    }

    public Map<String, String> render(DataModel model) {
        Map<String, String> files = new TreeMap<>();
        files.put("model.json", ModelJson.write(model));
        return files;
    }
}
