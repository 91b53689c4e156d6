package io.modeldoc.processor;

import io.modeldoc.processor.diag.Message;
import io.modeldoc.processor.diag.Origin;
import io.modeldoc.processor.diag.Problem;
import io.modeldoc.processor.diag.Reporter;
import io.modeldoc.processor.model.Attribute;
import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.util.Elements;

/** {@code modeldoc.lint}: entities and attributes with neither Javadoc nor {@code @Purpose}. */
final class DocumentationLint {

    private final Elements elements;
    private final Reporter reporter;

    DocumentationLint(Elements elements, Reporter reporter) {
        this.elements = elements;
        this.reporter = reporter;
    }

    /** Every entity and attribute of the model left undocumented, at its origin. */
    static List<Problem> findings(DataModel model) {
        List<Problem> findings = new ArrayList<>();
        for (Entity entity : model.entities()) {
            if (!entity.documented()) {
                findings.add(Problem.of(Message.UNDOCUMENTED_ENTITY, Origin.of(entity.qualifiedName()), entity.qualifiedName()));
            }
            for (Attribute attribute : entity.attributes()) {
                if (attribute.wantsDescription() && !attribute.documented()) {
                    findings.add(Problem.of(Message.UNDOCUMENTED_ATTRIBUTE, new Origin(entity.qualifiedName(), attribute.name()),
                            entity.simpleName() + "." + attribute.name()));
                }
            }
        }
        return findings;
    }

    /** Reports the findings on entities compiled from source; those from class files were reported when they were compiled. */
    void report(List<Problem> findings, Set<String> compiled) {
        for (Problem finding : findings) {
            if (compiled.contains(finding.origin().type()) && elements.getTypeElement(finding.origin().type()) != null) {
                reporter.lint(finding, elements);
            }
        }
    }
}
