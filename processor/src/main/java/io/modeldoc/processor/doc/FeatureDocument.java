package io.modeldoc.processor.doc;

import java.util.List;

/**
 * Everything {@code feature.md.ftl} prints for one feature, every string escaped for its place.
 * A section is {@code null} when nothing in the model feeds it, and the template leaves it out.
 * Sections follow the order of the design template; a new one (Migration Strategy, Timeline) is
 * one more component, planner and template block.
 *
 * @param path     the document's path relative to the {@code modeldoc/} folder, e.g. {@code order-management.md}
 * @param title    the feature's name, escaped for a heading
 * @param overview the rows of the Overview table; never empty (the feature row is always there)
 * @param migration Modified Entities and Migration Strategy; null without a baseline
 */
public record FeatureDocument(
        String path,
        String title,
        List<LabelledValue> overview,
        BusinessContextSection businessContext,
        CurrentModelSection currentModel,
        ProposedModelSection proposedModel,
        DatabaseSchemaSection databaseSchema,
        DataFlowSection dataFlow,
        DataValidationSection dataValidation,
        PerformanceSection performance,
        SecuritySection security,
        TestingSection testing,
        MonitoringSection monitoring,
        DependenciesSection dependencies,
        RiskSection risks,
        MigrationSection migration,
        TimelineSection timeline) {

    public FeatureDocument {
        overview = List.copyOf(overview);
    }
}
