package io.modeldoc.processor.output;

import io.modeldoc.processor.Settings;
import io.modeldoc.processor.doc.DocumentPlanner;
import io.modeldoc.processor.doc.DocumentRenderer;
import io.modeldoc.processor.doc.FeatureDocument;
import io.modeldoc.processor.migrate.MigrationFiles;
import io.modeldoc.processor.migrate.MigrationOutputs;
import io.modeldoc.processor.migrate.ModelChanges;
import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.render.Renderer;
import io.modeldoc.processor.snapshot.ModelJson;
import io.modeldoc.processor.sql.ConstraintNamer;
import io.modeldoc.processor.sql.Dialect;
import io.modeldoc.processor.sql.SchemaPlanner;
import io.modeldoc.processor.sql.SchemaScriptRenderer;
import io.modeldoc.processor.sql.SqlScript;
import java.util.List;
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

    /**
     * @param failures receives each template that failed; the outputs of the other templates are still rendered
     * @param baseline the model of {@code modeldoc.baseline}; {@code null} when none, and then no migration is written
     * @param warnings receives what the migration cannot do safely, one sentence each
     */
    public Map<String, String> render(DataModel model, DataModel baseline, List<Renderer.TemplateFailure> failures,
                                      List<String> warnings) {
        Map<String, String> files = new TreeMap<>();
        MigrationOutputs migrations = null;
        if (baseline != null) {
            Settings.MigrationNaming naming = settings.migration();
            migrations = MigrationOutputs.of(baseline, model, settings.dialects(), this::namer,
                    new MigrationFiles(naming.version(), naming.description(), naming.style(), naming.dropsLater()));
            files.putAll(migrations.files());
            warnings.addAll(migrations.warnings());
        }
        SchemaScriptRenderer scripts = new SchemaScriptRenderer();
        SqlScript primary = null;
        for (Dialect dialect : settings.dialects()) {
            SqlScript script = new SchemaPlanner(dialect, namer(dialect)).plan(model);
            primary = primary == null ? script : primary;
            try {
                files.put("schema-" + dialect.name() + ".sql", scripts.render(script, renderer));
            } catch (Renderer.TemplateFailure failure) {
                failures.add(failure);
            }
        }
        // The document shows the schema in the first dialect configured.
        Dialect shown = settings.primaryDialect();
        DocumentPlanner planner = new DocumentPlanner(model, shown, primary, namer(shown),
                migrations == null ? null : ModelChanges.of(baseline, model, migrations));
        DocumentRenderer documents = new DocumentRenderer(renderer);
        for (FeatureDocument feature : planner.features()) {
            try {
                files.put(feature.path(), documents.renderFeature(feature));
            } catch (Renderer.TemplateFailure failure) {
                failures.add(failure);
                break; // one template renders every feature: its failure is reported once
            }
        }
        try {
            files.put(DocumentRenderer.INDEX_PATH, documents.renderIndex(planner.index()));
        } catch (Renderer.TemplateFailure failure) {
            failures.add(failure);
        }
        files.put("model.json", ModelJson.write(model));
        return files;
    }

    private ConstraintNamer namer(Dialect dialect) {
        return settings.namer(dialect);
    }
}
