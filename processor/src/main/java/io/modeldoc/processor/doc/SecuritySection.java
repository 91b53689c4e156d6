package io.modeldoc.processor.doc;

import java.util.List;

/** Security Considerations: sensitive columns, and who may read and write each entity. */
public record SecuritySection(List<ProtectionRow> protection, List<AccessRow> access) {

    public SecuritySection {
        protection = List.copyOf(protection);
        access = List.copyOf(access);
    }

    /** A sensitive attribute; every value is escaped for a table cell. */
    public record ProtectionRow(String column, String classification, String protection) {
    }

    /** An entity's access policy; every value is escaped for a table cell. */
    public record AccessRow(String entity, String read, String write, String audit) {
    }
}
