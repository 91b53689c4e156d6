package io.modeldoc.processor.read;

import io.modeldoc.processor.diag.Message;
import io.modeldoc.processor.diag.Reporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;

/**
 * {@code @AssociationOverride(s)} on an embedded attribute, an element collection or an entity
 * class: each renames the join column, or the join table, of one association it reaches by name.
 * A name that reaches no association is an error on the annotated element: Hibernate would stop there.
 */
final class AssociationOverrides {

    private final Annotations annotations;
    private final Reporter reporter;

    AssociationOverrides(Annotations annotations, Reporter reporter) {
        this.annotations = annotations;
        this.reporter = reporter;
    }

    /**
     * The attributes with the overrides declared on {@code element} applied.
     *
     * @param prefix what precedes an override's name in the attributes' names ({@code mailing.} for an embedded value)
     * @param owner  what the overrides reach into, for the message
     */
    List<AttributeSource> apply(Element element, List<AttributeSource> attributes, String prefix, String owner) {
        List<AnnotationView> overrides = new ArrayList<>(annotations.repeated(element, JpaNames.ASSOCIATION_OVERRIDE,
                JpaNames.ASSOCIATION_OVERRIDES));
        if (overrides.isEmpty()) {
            return attributes;
        }
        List<AttributeSource> result = new ArrayList<>(attributes);
        for (AnnotationView override : overrides) {
            String path = prefix + override.string("name");
            int at = indexOf(result, path);
            if (at < 0) {
                List<String> known = attributes.stream().filter(a -> a.association() != null)
                        .map(a -> a.name().substring(prefix.length())).toList();
                reporter.report(Message.ASSOCIATION_OVERRIDE_NOWHERE, element, override.mirror(), null, override.string("name"),
                        element.getSimpleName(), owner, known.isEmpty() ? "it has none" : "it has " + String.join(", ", known));
                continue;
            }
            AttributeSource attribute = result.get(at);
            String joinTable = override.annotations("joinColumns").stream().findFirst().map(j -> j.string("table")).orElse("");
            result.set(at, attribute.withAssociation(overridden(attribute.association(), override), joinTable));
        }
        return result;
    }

    private static int indexOf(List<AttributeSource> attributes, String path) {
        for (int i = 0; i < attributes.size(); i++) {
            if (attributes.get(i).association() != null && attributes.get(i).name().equals(path)) {
                return i;
            }
        }
        return -1;
    }

    private static AssociationSource overridden(AssociationSource association, AnnotationView override) {
        AssociationSource result = association;
        List<AnnotationView> joinColumns = override.annotations("joinColumns");
        Optional<AnnotationView> joinColumn = joinColumns.stream().findFirst();
        if (joinColumn.isPresent()) {
            String foreignKey = override.annotations("foreignKey").stream().findFirst().map(f -> f.string("name"))
                    .filter(n -> !n.isEmpty())
                    .orElseGet(() -> joinColumn.get().annotations("foreignKey").stream().findFirst()
                            .map(f -> f.string("name")).orElse(""));
            result = result.withJoinColumns(AssociationReader.joinColumns(joinColumns), foreignKey);
        }
        Optional<AnnotationView> joinTable = override.annotations("joinTable").stream().findFirst()
                .filter(t -> !t.string("name").isEmpty() || !t.annotations("joinColumns").isEmpty()
                        || !t.annotations("inverseJoinColumns").isEmpty());
        if (joinTable.isPresent()) {
            AnnotationView table = joinTable.get();
            result = result.withJoinTable(table.string("name").isEmpty() ? association.joinTable() : table.string("name"),
                    names(table.annotations("joinColumns")), names(table.annotations("inverseJoinColumns")));
        }
        return result;
    }

    private static List<String> names(List<AnnotationView> joinColumns) {
        return joinColumns.stream().map(j -> j.string("name")).filter(n -> !n.isEmpty()).toList();
    }
}
