package io.modeldoc.processor.sql;

import io.modeldoc.processor.render.Renderer;

/** Writes a {@link SqlScript} as the text of {@code modeldoc/schema-<dialect>.sql}, through {@code schema.sql.ftl}. */
public final class SchemaScriptRenderer {

    /** The template's public name; a file of this name in {@code modeldoc.templates} replaces it. */
    public static final String TEMPLATE = "schema.sql.ftl";

    /** The script as text: a two-line header, then every statement ending in {@code ;}, one group per paragraph. */
    public String render(SqlScript script, Renderer renderer) {
        return renderer.render(TEMPLATE, SchemaScriptView.of(script));
    }
}
