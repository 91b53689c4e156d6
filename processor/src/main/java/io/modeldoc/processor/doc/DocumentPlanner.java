package io.modeldoc.processor.doc;

import io.modeldoc.processor.migrate.ModelChanges;
import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.Feature;
import io.modeldoc.processor.query.IndexAdvisor;
import io.modeldoc.processor.query.QueryAnalyzer;
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
    private final IndexCoverage coverage;
    private final DatabaseSchemaPlanner schema;
    private final DataFlowPlanner dataFlow;
    private final DataValidationPlanner validation;
    private final PerformancePlanner performance;
    private final SecurityPlanner security;
    private final TestingPlanner testing;
    private final MonitoringPlanner monitoring;
    private final RiskPlanner risks;
    private final MigrationStrategyPlanner migration;
    /** Plans Existing Entities from the baseline's model; {@code null} without a baseline. */
    private final EntityPlanner baselinePlanner;

    /**
     * @param dialect the first configured dialect: the one the documents show
     * @param script  that dialect's create script
     * @param namer   the constraint names of that script
     */
    public DocumentPlanner(DataModel model, Dialect dialect, SqlScript script, ConstraintNamer namer) {
        this(model, dialect, script, namer, null);
    }

    /** @param changes what changed since the baseline, in {@code dialect}; {@code null} without a baseline */
    public DocumentPlanner(DataModel model, Dialect dialect, SqlScript script, ConstraintNamer namer, ModelChanges changes) {
        this.migration = new MigrationStrategyPlanner(changes, dialect);
        // A model assembled without its queries (by hand, or read from an older snapshot) has its named queries analysed here.
        this.lookup = new ModelLookup(model.queries().isEmpty() ? QueryAnalyzer.analyse(model, List.of()) : model, script);
        this.dialect = dialect;
        this.context = new ContextPlanner(lookup);
        this.integration = new IntegrationPlanner(lookup);
        this.entityPlanner = new EntityPlanner(lookup, dialect);
        IndexAdvisor advisor = new IndexAdvisor(dialect, namer);
        this.coverage = new IndexCoverage(namer, dialect, advisor, lookup.model().queries());
        this.schema = new DatabaseSchemaPlanner(lookup);
        this.dataFlow = new DataFlowPlanner(lookup, new QueryFlowPlanner(lookup, advisor, dialect.productName()));
        this.validation = new DataValidationPlanner(lookup, namer);
        this.performance = new PerformancePlanner(lookup);
        this.security = new SecurityPlanner(lookup, dialect);
        this.testing = new TestingPlanner(lookup, namer);
        this.monitoring = new MonitoringPlanner(lookup, dialect);
        this.risks = new RiskPlanner(lookup);
        this.baselinePlanner = changes == null ? null
                : new EntityPlanner(new ModelLookup(migration.baseline(), new SqlScript(dialect.name(), List.of())), dialect);
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
        IndexCoverage.Coverage indexes = coverage.of(tables);
        return new FeatureDocument(
                slug + ".md",
                Markdown.heading(feature.name()),
                context.overview(feature, entities),
                context.businessContext(feature, entities),
                currentModel(integration.plan(slug), entities),
                proposedModel(migration.newEntities(entities), tables),
                schema.plan(tables, indexes, migration::unchanged, migration::migrated, "schema-" + dialect.name() + ".sql"),
                dataFlow.plan(slug, entities),
                validation.plan(slug, entities, tables),
                performance.plan(feature, entities, tables, indexes),
                security.plan(slug, entities, tables),
                testing.plan(feature, entities, tables),
                monitoring.plan(feature, entities, tables),
                context.dependencies(feature),
                withDataLoss(risks.plan(feature, entities, tables, indexes), migration.dataLossRisks(slug, entities, tables, lookup.model())),
                migration.plan(slug, tables, lookup.model(), entities,
                        migration.oldEntities(entities).stream().map(e -> baselinePlanner.plan(e)).toList()),
                context.timeline(feature));
    }

    /** Existing Entities also lists the feature's own entities that the baseline had. */
    private CurrentModelSection currentModel(CurrentModelSection integrationPoints, List<Entity> entities) {
        List<String> existing = migration.existing(entities);
        if (existing.isEmpty()) {
            return integrationPoints;
        }
        if (integrationPoints == null) {
            return new CurrentModelSection(existing, List.of());
        }
        List<String> all = new java.util.ArrayList<>(existing);
        all.addAll(integrationPoints.existingEntities());
        return new CurrentModelSection(all, integrationPoints.integrationPoints());
    }

    private static RiskSection withDataLoss(RiskSection section, List<String> dataLoss) {
        if (dataLoss.isEmpty()) {
            return section;
        }
        List<String> technical = new java.util.ArrayList<>(dataLoss);
        if (section != null) {
            technical.addAll(section.technical());
        }
        return new RiskSection(technical, section == null ? List.of() : section.business());
    }

    /** The list of all features and entities. */
    public IndexDocument index() {
        return new IndexPlanner(lookup).plan();
    }

    private ProposedModelSection proposedModel(List<Entity> entities, List<TableFacts> tables) {
        if (entities.isEmpty() && tables.isEmpty()) {
            return null;
        }
        String diagram = tables.isEmpty() ? "" : Mermaid.erDiagram(tables, lookup, dialect, migration.diagramMarks(tables));
        return new ProposedModelSection(diagram, entities.stream().map(entityPlanner::plan).toList());
    }
}
