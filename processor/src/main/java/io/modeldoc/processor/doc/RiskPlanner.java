package io.modeldoc.processor.doc;

import io.modeldoc.processor.model.Attribute;
import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.Feature;
import io.modeldoc.processor.model.RiskNote;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Plans Risk Assessment: the feature's risks, then each entity's, then the technical risks the
 * model shows ({@link ModelRisks}), then one business risk per sensitive attribute whose protection
 * is not stated (as {@code @Sensitive} promises).
 */
final class RiskPlanner {

    /** Classifications whose exposure is a compliance issue, not just an embarrassment. */
    private static final Set<String> REGULATED = Set.of("pii", "financial", "health", "credential");

    private final ModelLookup lookup;
    private final ModelRisks modelRisks;

    RiskPlanner(ModelLookup lookup) {
        this.lookup = lookup;
        this.modelRisks = new ModelRisks(lookup);
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
        for (Entity entity : entities) {
            for (Attribute attribute : entity.attributes()) {
                if (attribute.sensitivity() != null && attribute.sensitivity().protection().isBlank()) {
                    business.add(unprotected(entity, attribute));
                }
            }
        }
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

    private static String unprotected(Entity entity, Attribute attribute) {
        String classification = attribute.sensitivity().classification();
        String impact = REGULATED.contains(classification.strip().toLowerCase(Locale.ROOT)) ? "High" : "Medium";
        return "**" + Markdown.inline(classification) + " in " + Markdown.code(SecurityPlanner.where(entity, attribute))
                + " has no stated protection** [Impact: " + impact + "] - **none stated**; record how it is protected in "
                + Markdown.code("@Sensitive(protection = …)");
    }
}
