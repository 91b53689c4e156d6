package io.modeldoc.processor.sql;

import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.render.Renderer;
import io.modeldoc.processor.render.Templates;

/** Plans and renders scripts with readable names, as the processor does. */
final class SchemaScripts {

    private SchemaScripts() {
    }

    static SqlScript plan(String dialect, DataModel model) {
        Dialect d = Dialects.named(dialect);
        return new SchemaPlanner(d, new ReadableConstraintNamer(d)).plan(model);
    }

    static String render(String dialect, DataModel model) {
        return new SchemaScriptRenderer().render(plan(dialect, model), new Renderer(Templates.builtIn()));
    }

    static ConstraintNamer namer(String dialect) {
        return new ReadableConstraintNamer(Dialects.named(dialect));
    }
}
