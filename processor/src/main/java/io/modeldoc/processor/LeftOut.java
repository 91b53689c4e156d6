package io.modeldoc.processor;

import io.modeldoc.processor.read.AssociationSource;
import io.modeldoc.processor.read.AttributeSource;
import io.modeldoc.processor.read.EntitySource;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The entities left out of the outputs: those with an ERROR on them, and, in turn, those that cannot be written
 * without one of them. A subclass shares its parent's table or key, and an entity whose identifier an association
 * derives takes its target's key: without the other entity, either would be a table without a key. Associations
 * to a left-out entity simply drop out, so the scripts still run.
 */
final class LeftOut {

    private LeftOut() {
    }

    static Set<String> closure(Collection<EntitySource> sources, Set<String> withErrors, Set<String> leftOutAlready) {
        Set<String> out = new TreeSet<>(withErrors);
        out.addAll(leftOutAlready);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (EntitySource source : sources) {
                if (!out.contains(source.qualifiedName()) && needsOneOf(source, out)) {
                    out.add(source.qualifiedName());
                    grew = true;
                }
            }
        }
        return out;
    }

    private static boolean needsOneOf(EntitySource source, Set<String> out) {
        if (out.contains(source.inheritance().parent())) {
            return true;
        }
        return source.attributes().stream().map(AttributeSource::association).filter(Objects::nonNull)
                .filter(a -> a.id() || a.mapsId() != null).map(AssociationSource::target).anyMatch(out::contains);
    }
}
