package io.modeldoc.processor.doc;

import io.modeldoc.processor.model.AccessPolicy;
import io.modeldoc.processor.model.Attribute;
import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.Sensitivity;
import io.modeldoc.processor.sql.Dialect;
import java.util.ArrayList;
import java.util.List;

/** Plans Security Considerations: the sensitive columns, large objects, each entity's access policy and its audit trail. */
final class SecurityPlanner {

    private static final String NONE = "—";

    private final ModelLookup lookup;
    private final Dialect dialect;

    SecurityPlanner(ModelLookup lookup, Dialect dialect) {
        this.lookup = lookup;
        this.dialect = dialect;
    }

    /**
     * {@code null} when no attribute is sensitive, no column is a large object outside its row, and no entity states
     * its access or keeps an audit trail.
     */
    SecuritySection plan(String slug, List<Entity> entities, List<TableFacts> tables) {
        List<SecuritySection.ProtectionRow> protection = new ArrayList<>();
        List<SecuritySection.AccessRow> access = new ArrayList<>();
        List<LabelledValue> audit = new ArrayList<>();
        for (Entity entity : entities) {
            for (Attribute attribute : entity.attributes()) {
                Sensitivity sensitivity = attribute.sensitivity();
                if (sensitivity != null) {
                    protection.add(new SecuritySection.ProtectionRow(
                            Markdown.codeCell(where(entity, attribute)),
                            Markdown.cell(sensitivity.classification()),
                            sensitivity.protection().isBlank() ? "**none stated**" : Markdown.cell(sensitivity.protection())));
                }
            }
            AccessPolicy policy = entity.access() == null ? AccessPolicy.NONE : entity.access();
            if (!policy.read().isEmpty() || !policy.write().isEmpty()) {
                access.add(new SecuritySection.AccessRow(lookup.entityLink(slug, entity), roles(policy.read()), roles(policy.write())));
            }
            List<String> trail = auditTrail(entity, policy);
            if (!trail.isEmpty()) {
                audit.add(new LabelledValue(lookup.entityLink(slug, entity), String.join(" ", trail)));
            }
        }
        String largeObjects = LargeObjects.security(LargeObjects.in(tables, dialect), dialect);
        return protection.isEmpty() && largeObjects.isEmpty() && access.isEmpty() && audit.isEmpty() ? null
                : new SecuritySection(protection, largeObjects, access, audit);
    }

    /** The stated audit requirement, Envers' history and the attributes that record who and when, one sentence each. */
    private static List<String> auditTrail(Entity entity, AccessPolicy policy) {
        List<String> sentences = new ArrayList<>();
        if (!policy.audit().isBlank()) {
            sentences.add(sentence(Markdown.inline(policy.audit())));
        }
        if (entity.audited()) {
            sentences.add("Hibernate Envers keeps every revision of its rows (`@Audited`).");
        }
        List<String> recorded = entity.attributes().stream().filter(a -> !a.audit().isBlank())
                .map(a -> Markdown.code(a.name()) + " records the " + Markdown.inline(a.audit())).toList();
        if (!recorded.isEmpty()) {
            sentences.add(sentence(Words.series(recorded)));
        }
        return sentences;
    }

    /** Where the value is stored: {@code table.column}, or {@code Entity.attribute} when it has no column. */
    static String where(Entity entity, Attribute attribute) {
        if (attribute.columns().isEmpty()) {
            return entity.simpleName() + "." + attribute.name();
        }
        return String.join(", ", attribute.columns().stream().map(c -> entity.table() + "." + c).toList());
    }

    private static String roles(List<String> roles) {
        List<String> named = roles.stream().filter(r -> !r.isBlank()).map(Markdown::cell).toList();
        return named.isEmpty() ? NONE : String.join(", ", named);
    }

    /** Ends escaped text with a full stop unless it ends a sentence already. */
    private static String sentence(String text) {
        return text.endsWith(".") || text.endsWith("!") || text.endsWith("?") ? text : text + ".";
    }
}
