package io.modeldoc.processor.doc;

import io.modeldoc.processor.model.AccessPolicy;
import io.modeldoc.processor.model.Attribute;
import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.Sensitivity;
import java.util.ArrayList;
import java.util.List;

/** Plans Security Considerations: the sensitive columns and each entity's access policy. */
final class SecurityPlanner {

    private static final String NONE = "—";

    private final ModelLookup lookup;

    SecurityPlanner(ModelLookup lookup) {
        this.lookup = lookup;
    }

    /** {@code null} when no attribute is sensitive and no entity states its access. */
    SecuritySection plan(String slug, List<Entity> entities) {
        List<SecuritySection.ProtectionRow> protection = new ArrayList<>();
        List<SecuritySection.AccessRow> access = new ArrayList<>();
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
            AccessPolicy policy = entity.access();
            if (policy != null && !policy.isEmpty()) {
                access.add(new SecuritySection.AccessRow(lookup.entityLink(slug, entity),
                        roles(policy.read()), roles(policy.write()),
                        policy.audit().isBlank() ? NONE : Markdown.cell(policy.audit())));
            }
        }
        return protection.isEmpty() && access.isEmpty() ? null : new SecuritySection(protection, access);
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
}
