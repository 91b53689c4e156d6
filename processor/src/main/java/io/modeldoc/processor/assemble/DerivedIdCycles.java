package io.modeldoc.processor.assemble;

import io.modeldoc.processor.diag.Message;
import io.modeldoc.processor.diag.Origin;
import io.modeldoc.processor.diag.Problem;
import io.modeldoc.processor.read.AssociationSource;
import io.modeldoc.processor.read.AttributeSource;
import io.modeldoc.processor.read.EntitySource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Entities whose identifiers derive from each other in a ring ({@code @Id} on an association, or {@code @MapsId}):
 * no key can be known first, so Hibernate cannot map them, and ModelDoc would write tables without a key.
 * Each ring is one problem, on the association of its first entity by name that leads into it; the other entities
 * of the ring derive their key from that one, so they are left out with it.
 */
final class DerivedIdCycles {

    private DerivedIdCycles() {
    }

    static List<Problem> find(List<EntitySource> sources) {
        Map<String, EntitySource> byName = new TreeMap<>();
        sources.forEach(s -> byName.put(s.qualifiedName(), s));
        List<Problem> problems = new ArrayList<>();
        java.util.Set<String> onReportedRing = new java.util.TreeSet<>();
        for (EntitySource source : sources) {
            if (onReportedRing.contains(source.qualifiedName())) {
                continue;
            }
            for (AttributeSource attribute : source.attributes()) {
                AssociationSource association = attribute.association();
                if (!derivesId(association) || !byName.containsKey(association.target())) {
                    continue;
                }
                List<String> path = pathBack(association.target(), source.qualifiedName(), byName, new ArrayList<>());
                if (path != null) {
                    List<String> ring = new ArrayList<>();
                    ring.add(source.simpleName());
                    path.forEach(name -> ring.add(byName.get(name).simpleName()));
                    problems.add(Problem.of(Message.DERIVED_ID_CYCLE, new Origin(source.qualifiedName(), attribute.name()),
                            attribute.name(), source.simpleName(), byName.get(association.target()).simpleName(),
                            String.join(" > ", ring)));
                    onReportedRing.addAll(path);
                    break;
                }
            }
        }
        return problems;
    }

    private static boolean derivesId(AssociationSource association) {
        return association != null && (association.id() || association.mapsId() != null);
    }

    /** The entities from {@code from} to {@code goal} along derived identifiers, both included; {@code null} when none. */
    private static List<String> pathBack(String from, String goal, Map<String, EntitySource> byName, List<String> seen) {
        if (seen.contains(from)) {
            return null;
        }
        seen.add(from);
        if (from.equals(goal)) {
            return new ArrayList<>(List.of(goal));
        }
        EntitySource source = byName.get(from);
        if (source == null) {
            return null;
        }
        for (AttributeSource attribute : source.attributes()) {
            if (derivesId(attribute.association())) {
                List<String> rest = pathBack(attribute.association().target(), goal, byName, seen);
                if (rest != null) {
                    rest.add(0, from);
                    return rest;
                }
            }
        }
        return null;
    }
}
