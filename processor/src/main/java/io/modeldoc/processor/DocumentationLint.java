package io.modeldoc.processor;

import io.modeldoc.processor.diag.Message;
import io.modeldoc.processor.diag.Origin;
import io.modeldoc.processor.diag.Reporter;
import io.modeldoc.processor.model.Attribute;
import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.Entity;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** {@code modeldoc.lint}: entities and attributes with neither Javadoc nor {@code @Purpose}. */
final class DocumentationLint {

    private final Elements elements;
    private final Reporter reporter;

    DocumentationLint(Elements elements, Reporter reporter) {
        this.elements = elements;
        this.reporter = reporter;
    }

    /** Checks the entities compiled from source; those from class files were checked when they were compiled. */
    void check(DataModel model, java.util.Set<String> compiled) {
        for (Entity entity : model.entities()) {
            TypeElement type = elements.getTypeElement(entity.qualifiedName());
            if (type == null || !compiled.contains(entity.qualifiedName())) {
                continue;
            }
            if (!entity.documented()) {
                reporter.lint(Message.UNDOCUMENTED_ENTITY, type, entity.qualifiedName());
            }
            for (Attribute attribute : entity.attributes()) {
                if (attribute.wantsDescription() && !attribute.documented()) {
                    reporter.lint(Message.UNDOCUMENTED_ATTRIBUTE, Reporter.locate(new Origin(entity.qualifiedName(), attribute.name()), elements),
                            entity.simpleName() + "." + attribute.name());
                }
            }
        }
    }
}
