package io.modeldoc.processor.doc;

import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.Feature;
import io.modeldoc.processor.model.RiskNote;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans Risk Assessment: the feature's risks, then each entity's, then the technical risks the
 * model shows ({@link ModelRisks}), then the gaps in the protection of sensitive data ({@link SecurityGaps}).
 */
final class RiskPlanner {

    private final ModelLookup lookup;
    private final ModelRisks modelRisks;
    private final SecurityGaps securityGaps;

    RiskPlanner(ModelLookup lookup) {
        this.lookup = lookup;
        this.modelRisks = new ModelRisks(lookup);
        this.securityGaps = new SecurityGaps(lookup);
    }

    /** {@code null} when there is no risk to state. */
    RiskSection plan(Feature feature, List<Entity> entities, List<TableFacts> tables, IndexCoverage.Coverage coverage) {
        List<String> technical = new ArrayList<>();
        List<String> business = new ArrayList<>();
        for (RiskNote risk : feature.risks()) {
            (isBusiness(risk) ? business : technical).add(bullet(risk, ""));
        }
        for (Entity entity : entities) {
            for (RiskNote risk : entity.risks()) {
                (isBusiness(risk) ? business : technical).add(bullet(risk, " (" + lookup.entityLink(feature.slug(), entity) + ")"));
            }
        }
        technical.addAll(modelRisks.technical(feature, entities, tables, coverage));
        business.addAll(securityGaps.risks(feature.slug(), entities));
        return technical.isEmpty() && business.isEmpty() ? null : new RiskSection(technical, business);
    }

    private static boolean isBusiness(RiskNote risk) {
        return risk.kind().strip().equalsIgnoreCase("business");
    }

    /** {@code **Data loss** [Impact: High] - mitigation}. */
    private static String bullet(RiskNote risk, String where) {
        String impact = risk.impact().isBlank() ? "Medium" : risk.impact();
        String mitigation = risk.mitigation().isBlank() ? "**no mitigation stated**" : Markdown.inline(risk.mitigation());
        return "**" + Markdown.inline(risk.description()) + "**" + where + " [Impact: " + Markdown.inline(impact) + "] - " + mitigation;
    }
}
