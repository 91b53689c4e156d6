package io.modeldoc.processor.doc;

import java.util.List;

/**
 * Security Considerations: sensitive columns, who may read and write each entity, and what is audited.
 *
 * @param audit        per entity, a link to it and its audit requirements in escaped sentences
 * @param largeObjects the columns stored as large objects outside their rows and what to do about it, as a Markdown
 *                     paragraph; empty when there are none
 */
public record SecuritySection(List<ProtectionRow> protection, String largeObjects, List<AccessRow> access,
                              List<LabelledValue> audit) {

    public SecuritySection {
        protection = List.copyOf(protection);
        access = List.copyOf(access);
        audit = List.copyOf(audit);
    }

    /** A sensitive attribute; every value is escaped for a table cell. */
    public record ProtectionRow(String column, String classification, String protection) {
    }

    /** An entity's access policy; every value is escaped for a table cell. */
    public record AccessRow(String entity, String read, String write) {
    }
}
