package io.modeldoc.processor.doc;

import io.modeldoc.processor.model.AccessPolicy;
import io.modeldoc.processor.model.Attribute;
import io.modeldoc.processor.model.Entity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The gaps in how sensitive data is protected, as Risk Assessment bullets: per classification, the columns whose
 * protection is not stated; the entities holding sensitive columns without an access policy; and those without a
 * retention rule. Each is rated by the most sensitive data it concerns.
 */
final class SecurityGaps {

    /** Health data is a special category of personal data (GDPR article 9): its exposure harms the person most. */
    private static final Set<String> SPECIAL = Set.of("health");
    /** Classifications whose exposure is a compliance issue, not just an embarrassment. */
    private static final Set<String> REGULATED = Set.of("pii", "financial", "credential");
    private static final List<String> IMPACTS = List.of("Medium", "High", "Critical");

    private final ModelLookup lookup;

    SecurityGaps(ModelLookup lookup) {
        this.lookup = lookup;
    }

    /** The bullets, most severe first; empty when no sensitive data lacks protection, access control or retention. */
    List<String> risks(String slug, List<Entity> entities) {
        List<Rated> risks = new ArrayList<>();
        Map<String, List<String>> unprotected = new LinkedHashMap<>();
        for (Entity entity : entities) {
            for (Attribute attribute : entity.attributes()) {
                if (attribute.sensitivity() != null && attribute.sensitivity().protection().isBlank()) {
                    unprotected.computeIfAbsent(attribute.sensitivity().classification().strip(), k -> new ArrayList<>())
                            .add(Markdown.code(SecurityPlanner.where(entity, attribute)));
                }
            }
        }
        unprotected.forEach((classification, columns) -> risks.add(new Rated(rank(classification),
                "**" + Markdown.inline(classification) + " in " + Words.series(columns) + " " + (columns.size() == 1 ? "has" : "have")
                        + " no stated protection** [Impact: " + IMPACTS.get(rank(classification)) + "] - state how "
                        + (columns.size() == 1 ? "it is" : "they are") + " protected (masking, encryption, who sees "
                        + (columns.size() == 1 ? "it" : "them") + ") in " + Markdown.code("@Sensitive(protection = …)"))));
        for (Entity entity : entities) {
            List<String> classifications = entity.attributes().stream().filter(a -> a.sensitivity() != null)
                    .map(a -> a.sensitivity().classification().strip()).distinct().toList();
            if (classifications.isEmpty()) {
                continue;
            }
            int rank = classifications.stream().mapToInt(SecurityGaps::rank).max().orElse(0);
            String holds = lookup.entityLink(slug, entity) + " holds " + Words.series(classifications.stream().map(Markdown::inline).toList())
                    + " data";
            AccessPolicy policy = entity.access() == null ? AccessPolicy.NONE : entity.access();
            if (policy.read().isEmpty() && policy.write().isEmpty()) {
                risks.add(new Rated(rank, "**" + holds + " but states no access control** [Impact: " + IMPACTS.get(rank)
                        + "] - state who may read and write it in " + Markdown.code("@AccessControl(read, write, audit)")));
            }
            if (entity.archival().isBlank()) {
                risks.add(new Rated(rank, "**" + holds + " but states no retention** [Impact: " + IMPACTS.get(rank)
                        + "] - state how long it is kept and how it is removed or anonymised in " + Markdown.code("@Archival")));
            }
        }
        return risks.stream().sorted(Comparator.comparingInt(Rated::rank).reversed()).map(Rated::bullet).toList();
    }

    /** 2 for special-category data, 1 for other regulated data, 0 for the rest. */
    static int rank(String classification) {
        String said = classification.strip().toLowerCase(Locale.ROOT);
        return SPECIAL.contains(said) ? 2 : REGULATED.contains(said) ? 1 : 0;
    }

    private record Rated(int rank, String bullet) {
    }
}
