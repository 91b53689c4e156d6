package io.modeldoc.processor.check;

import io.modeldoc.processor.diag.Message;
import io.modeldoc.processor.diag.Origin;
import io.modeldoc.processor.diag.Problem;
import io.modeldoc.processor.model.Attribute;
import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.read.EntitySource;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** An entity's attributes cannot map to one column twice, e.g. an embeddable used twice without overrides. */
final class DuplicateColumnRule implements Rule {

    @Override
    public void check(CheckContext context, List<Problem> problems) {
        for (Entity entity : context.model().entities()) {
            // A @MapsId association shares the identifier's columns by design.
            java.util.Set<String> identifying = new java.util.TreeSet<>();
            entity.relationships().stream().filter(r -> r.identifying()).forEach(r -> identifying.add(r.attribute()));
            Map<String, Attribute> owners = new TreeMap<>();
            for (Attribute attribute : entity.attributes()) {
                if (readOnly(context, entity, attribute)) {
                    continue; // insertable = false, updatable = false: it reads a column another attribute writes
                }
                for (String column : attribute.columns()) {
                    Attribute first = owners.putIfAbsent(column.toLowerCase(Locale.ROOT), attribute);
                    boolean shared = first != null && identifying.contains(attribute.name())
                            && first.kind() == io.modeldoc.processor.model.AttributeKind.ID;
                    if (first != null && !shared) {
                        problems.add(Problem.of(Message.DUPLICATE_COLUMN, new Origin(entity.qualifiedName(), attribute.name()),
                                entity.table(), column, first.name(), attribute.name()));
                    }
                }
            }
        }
    }

    private static boolean readOnly(CheckContext context, Entity entity, Attribute attribute) {
        EntitySource source = context.source(entity.qualifiedName());
        return source != null && source.attributes().stream().filter(a -> a.name().equals(attribute.name())).anyMatch(a ->
                a.column() != null && a.column().readOnly() || a.association() != null && a.association().readOnly());
    }
}
