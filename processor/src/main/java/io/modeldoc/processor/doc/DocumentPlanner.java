package io.modeldoc.processor.doc;

import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.Feature;
import io.modeldoc.processor.sql.ConstraintNamer;
import io.modeldoc.processor.sql.Dialect;
import io.modeldoc.processor.sql.SqlScript;
import java.util.List;

/**
 * Turns a {@link DataModel}, and the script of the dialect the documents show, into the view
 * records the templates lay out: one {@link FeatureDocument} per feature and one
 * {@link IndexDocument}. Every string in them is escaped for its place; templates add no logic.
 * Each section has its own small planner, and returns {@code null} when nothing feeds it.
 */
public final class DocumentPlanner {

    private final ModelLookup lookup;
    private final Dialect dialect;
    private final ContextPlanner context;
    private final IntegrationPlanner integration;
    private final EntityPlanner entityPlanner;
    private final DatabaseSchemaPlanner schema;
    private final DataValidationPlanner validation;
    private final PerformancePlanner performance;
    private final SecurityPlanner security;
    private final RiskPlanner risks;

    /**
     * @param dialect the first configured dialect: the one the documents show
     * @param script  that dialect's create script
     * @param namer   the constraint names of that script
     */
    public DocumentPlanner(DataModel model, Dialect dialect, SqlScript script, ConstraintNamer namer) {
        this.lookup = new ModelLookup(model, script);
        this.dialect = dialect;
        this.context = new ContextPlanner(lookup);
        this.integration = new IntegrationPlanner(lookup);
        this.entityPlanner = new EntityPlanner(lookup, dialect);
        this.schema = new DatabaseSchemaPlanner(lookup, dialect, namer);
        this.validation = new DataValidationPlanner(lookup);
        this.performance = new PerformancePlanner(lookup);
        this.security = new SecurityPlanner(lookup);
        this.risks = new RiskPlanner(lookup);
    }

    /** One document per feature, in the model's (name) order. */
    public List<FeatureDocument> features() {
        return lookup.model().features().stream().map(this::feature).toList();
    }

    /** The document of one feature of the model. */
    public FeatureDocument feature(Feature feature) {
        String slug = feature.slug();
        List<Entity> entities = lookup.entitiesOf(slug);
        List<TableFacts> tables = lookup.tablesOf(slug);
        return new FeatureDocument(
                slug + ".md",
                Markdown.heading(feature.name()),
                context.overview(feature, entities),
                context.businessContext(feature, entities),
                integration.plan(slug),
                proposedModel(entities, tables),
                schema.plan(tables),
                validation.plan(slug, entities, tables),
                performance.plan(slug, entities),
                security.plan(slug, entities),
                context.dependencies(feature),
                risks.plan(feature, entities));
    }

    /** The list of all features and entities. */
    public IndexDocument index() {
        return new IndexPlanner(lookup).plan();
    }

    private ProposedModelSection proposedModel(List<Entity> entities, List<TableFacts> tables) {
        if (entities.isEmpty()) {
            return null;
        }
        String diagram = tables.isEmpty() ? "" : Mermaid.erDiagram(tables, lookup, dialect);
        return new ProposedModelSection(diagram, entities.stream().map(entityPlanner::plan).toList());
    }
}
