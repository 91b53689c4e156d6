package io.modeldoc.processor.check;

import io.modeldoc.processor.diag.Message;
import io.modeldoc.processor.diag.Origin;
import io.modeldoc.processor.diag.Problem;
import io.modeldoc.processor.read.AssociationSource;
import io.modeldoc.processor.read.AttributeSource;
import io.modeldoc.processor.read.EntitySource;
import java.util.List;

/** {@code mappedBy} must name the target's attribute that owns the association and points back. */
final class MappedByRule implements Rule {

    @Override
    public void check(CheckContext context, List<Problem> problems) {
        for (EntitySource entity : context.sources()) {
            for (AttributeSource attribute : entity.attributes()) {
                AssociationSource association = attribute.association();
                if (association == null || association.owning() || context.source(association.target()) == null) {
                    continue;
                }
                EntitySource target = context.source(association.target());
                Origin origin = new Origin(entity.qualifiedName(), attribute.name());
                AttributeSource owner = target.attributes().stream()
                        .filter(a -> a.name().equals(association.mappedBy())).findFirst().orElse(null);
                if (owner == null) {
                    problems.add(Problem.of(Message.MAPPED_BY_MISSING, origin, attribute.name(), association.mappedBy(),
                            target.simpleName(), target.simpleName()));
                } else if (owner.association() == null || !owner.association().owning()
                        || !owner.association().target().equals(entity.qualifiedName())) {
                    problems.add(Problem.of(Message.MAPPED_BY_WRONG, origin, attribute.name(), association.mappedBy(),
                            target.simpleName(), owner.name(), entity.simpleName()));
                }
            }
        }
    }
}
