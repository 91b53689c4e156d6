package io.modeldoc.processor.doc;

import io.modeldoc.processor.model.Attribute;
import io.modeldoc.processor.model.AttributeKind;
import io.modeldoc.processor.model.Callback;
import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.Relationship;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Plans Data Flow: what one write of the feature's entities sets off (cascades, callbacks,
 * generated and audit values, version checks), and the queries that read them ({@link QueryFlowPlanner}).
 */
final class DataFlowPlanner {

    private static final List<String> EVENTS = List.of(
            "PrePersist", "PostPersist", "PreUpdate", "PostUpdate", "PreRemove", "PostRemove", "PostLoad");

    private final ModelLookup lookup;
    private final QueryFlowPlanner queryFlow;

    DataFlowPlanner(ModelLookup lookup, QueryFlowPlanner queryFlow) {
        this.lookup = lookup;
        this.queryFlow = queryFlow;
    }

    /** {@code null} when no entity cascades, calls back, generates, audits, versions or names a query. */
    DataFlowSection plan(String slug, List<Entity> entities) {
        List<LabelledValue> steps = new ArrayList<>();
        addIfAny(steps, "Cascades", cascades(slug, entities));
        addIfAny(steps, "Lifecycle callbacks", callbacks(slug, entities));
        addIfAny(steps, "Generated values", generatedValues(slug, entities));
        addIfAny(steps, "Audit values", auditValues(slug, entities));
        List<String> versioned = versioned(slug, entities);
        if (!versioned.isEmpty()) {
            steps.add(new LabelledValue("Optimistic locking", "each update of " + Words.series(versioned)
                    + " checks and increments the version, so an update based on a stale copy fails"
                    + " (`OptimisticLockException`) instead of overwriting a concurrent change"));
        }
        List<DataFlowSection.QueryStep> queries = queryFlow.plan(slug, entities);
        return steps.isEmpty() && queries.isEmpty() ? null : new DataFlowSection(steps, queries);
    }

    /** {@code [PurchaseOrder](#purchaseorder) `lines` → [OrderLine](#orderline): every operation, orphans deleted}. */
    private List<String> cascades(String slug, List<Entity> entities) {
        List<String> items = new ArrayList<>();
        for (Entity entity : entities) {
            for (Relationship r : entity.relationships()) {
                if (r.cascade().isEmpty() && !r.orphanRemoval()) {
                    continue;
                }
                List<String> what = new ArrayList<>();
                if (r.cascade().stream().anyMatch(c -> c.equalsIgnoreCase("ALL"))) {
                    what.add("every operation");
                } else if (!r.cascade().isEmpty()) {
                    what.add(String.join(", ", r.cascade().stream().map(c -> Markdown.inline(c.toLowerCase(Locale.ROOT))).toList()));
                }
                if (r.orphanRemoval()) {
                    what.add("orphans deleted");
                }
                items.add(lookup.entityLink(slug, entity) + " " + Markdown.code(r.attribute()) + " → "
                        + target(slug, r) + ": " + String.join(", ", what));
            }
        }
        return items;
    }

    /**
     * {@code [Customer](#customer): `@PrePersist` `Customer.normalise`, `@PostUpdate` `ChangeLog.changed`}: in the
     * order of the events, and for one event in the order JPA calls them (listeners first).
     */
    private List<String> callbacks(String slug, List<Entity> entities) {
        List<String> items = new ArrayList<>();
        for (Entity entity : entities) {
            List<String> calls = new ArrayList<>();
            List<Callback> byEvent = new ArrayList<>(entity.callbacks());
            byEvent.sort(Comparator.comparingInt(c -> eventOrder(c.event())));
            for (Callback callback : byEvent) {
                calls.add(Markdown.code("@" + callback.event()) + " " + Markdown.code(callback.method()));
            }
            if (!calls.isEmpty()) {
                items.add(lookup.entityLink(slug, entity) + ": " + String.join(", ", calls));
            }
        }
        return items;
    }

    /** Values generated alike, said once: {@code `id` of [Customer](#customer) and [Payment](#payment): identity column}. */
    private record Generated(String attribute, String generation, List<String> entities) {
    }

    private List<String> generatedValues(String slug, List<Entity> entities) {
        Map<List<String>, Generated> groups = new LinkedHashMap<>();
        for (Entity entity : entities) {
            for (Attribute attribute : entity.attributes()) {
                if (!attribute.generation().isBlank()) {
                    groups.computeIfAbsent(List.of(attribute.name(), attribute.generation()),
                                    k -> new Generated(attribute.name(), attribute.generation(), new ArrayList<>()))
                            .entities().add(lookup.entityLink(slug, entity));
                }
            }
        }
        return groups.values().stream().map(g -> Markdown.code(g.attribute()) + " of " + Words.series(g.entities())
                + ": " + Markdown.inline(g.generation())).toList();
    }

    /** {@code [Customer](#customer) `createdAt` (creation time)}. */
    private List<String> auditValues(String slug, List<Entity> entities) {
        List<String> items = new ArrayList<>();
        for (Entity entity : entities) {
            List<String> values = entity.attributes().stream().filter(a -> !a.audit().isBlank())
                    .map(a -> Markdown.code(a.name()) + " (" + Markdown.inline(a.audit()) + ")").toList();
            if (!values.isEmpty()) {
                items.add(lookup.entityLink(slug, entity) + " " + String.join(", ", values));
            }
        }
        return items;
    }

    private List<String> versioned(String slug, List<Entity> entities) {
        List<String> items = new ArrayList<>();
        for (Entity entity : entities) {
            entity.attributes().stream().filter(a -> a.kind() == AttributeKind.VERSION).findFirst()
                    .ifPresent(a -> items.add(lookup.entityLink(slug, entity) + " (" + Markdown.code(a.name()) + ")"));
        }
        return items;
    }

    private String target(String slug, Relationship r) {
        Entity target = lookup.entity(r.target());
        return target == null ? Markdown.code(AttributeConstraints.simpleName(r.target())) : lookup.entityLink(slug, target);
    }

    /** The lifecycle events in the order they happen to an entity; an unknown one goes last. */
    private static int eventOrder(String event) {
        int index = EVENTS.indexOf(event);
        return index < 0 ? EVENTS.size() : index;
    }

    private static void addIfAny(List<LabelledValue> steps, String label, List<String> items) {
        if (!items.isEmpty()) {
            steps.add(new LabelledValue(label, String.join("; ", items)));
        }
    }
}
