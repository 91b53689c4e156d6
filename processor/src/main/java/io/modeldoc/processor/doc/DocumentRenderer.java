package io.modeldoc.processor.doc;

import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.render.Renderer;
import io.modeldoc.processor.sql.ConstraintNamer;
import io.modeldoc.processor.sql.Dialect;
import io.modeldoc.processor.sql.SqlScript;
import java.util.ArrayList;
import java.util.List;

/** Renders the planned documents with {@code feature.md.ftl} and {@code index.md.ftl}. */
public final class DocumentRenderer {

    /** The template of each feature's document; its name is public (users may replace it). */
    public static final String FEATURE_TEMPLATE = "feature.md.ftl";
    /** The template of {@code index.md}. */
    public static final String INDEX_TEMPLATE = "index.md.ftl";
    /** The index's path, beside the feature documents. */
    public static final String INDEX_PATH = "index.md";

    private final Renderer renderer;

    public DocumentRenderer(Renderer renderer) {
        this.renderer = renderer;
    }

    /**
     * Every document of the model: one per feature in the model's order, then {@code index.md}.
     *
     * @param dialect the first configured dialect, whose types and script the documents show
     */
    public List<DocumentFile> render(DataModel model, Dialect dialect, SqlScript script, ConstraintNamer namer) {
        DocumentPlanner planner = new DocumentPlanner(model, dialect, script, namer);
        List<DocumentFile> files = new ArrayList<>();
        for (FeatureDocument document : planner.features()) {
            files.add(new DocumentFile(document.path(), renderFeature(document)));
        }
        files.add(new DocumentFile(INDEX_PATH, renderIndex(planner.index())));
        return List.copyOf(files);
    }

    public String renderFeature(FeatureDocument document) {
        return renderer.render(FEATURE_TEMPLATE, document);
    }

    public String renderIndex(IndexDocument document) {
        return renderer.render(INDEX_TEMPLATE, document);
    }
}
