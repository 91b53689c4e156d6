package io.modeldoc.processor.doc;

import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.Feature;
import io.modeldoc.processor.model.NamedQuery;
import io.modeldoc.processor.model.TimelinePhase;
import io.modeldoc.processor.model.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Plans the sections fed by the feature's package annotations: Overview, Business Context, Dependencies. */
final class ContextPlanner {

    private static final String READ_PATTERNS = "Read Patterns";
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R\\s*\\R");

    private final ModelLookup lookup;

    ContextPlanner(ModelLookup lookup) {
        this.lookup = lookup;
    }

    /** The Overview rows: only those with a value. */
    List<LabelledValue> overview(Feature feature, List<Entity> entities) {
        List<LabelledValue> rows = new ArrayList<>();
        rows.add(new LabelledValue("Feature", Markdown.cell(feature.name())));
        addIfPresent(rows, "Data Architect", feature.architect());
        addIfPresent(rows, "Date", feature.date());
        addIfPresent(rows, "Status", feature.status());
        if (!entities.isEmpty()) {
            rows.add(new LabelledValue("Entities",
                    String.join(", ", entities.stream().map(e -> lookup.entityLink(feature.slug(), e)).toList())));
        }
        return rows;
    }

    /** Data Requirements and Usage Patterns; {@code null} when the feature states neither. */
    BusinessContextSection businessContext(Feature feature, List<Entity> entities) {
        List<String> description = feature.description().isBlank() ? List.of()
                : PARAGRAPH_BREAK.splitAsStream(feature.description().strip()).map(Markdown::inline).toList();
        List<String> requirements = feature.requirements().stream().filter(r -> !r.isBlank()).map(Markdown::inline).toList();
        List<BusinessContextSection.EntityUsage> entityUsage = new ArrayList<>();
        for (Entity entity : entities) {
            if (entity.usage() != null && !entity.usage().isEmpty()) {
                entityUsage.add(new BusinessContextSection.EntityUsage(
                        lookup.entityLink(feature.slug(), entity), usage(entity.usage())));
            }
        }
        List<LabelledValue> usage = withNamedQueries(usage(feature.usage()), entities);
        if (description.isEmpty() && requirements.isEmpty() && usage.isEmpty() && entityUsage.isEmpty()) {
            return null;
        }
        return new BusinessContextSection(description, requirements, usage, entityUsage);
    }

    /** Upstream and Downstream Systems; {@code null} when the feature has no {@code @Dependencies}. */
    DependenciesSection dependencies(Feature feature) {
        List<String> upstream = feature.upstream().stream().filter(s -> !s.isBlank()).map(Markdown::inline).toList();
        List<String> downstream = feature.downstream().stream().filter(s -> !s.isBlank()).map(Markdown::inline).toList();
        return upstream.isEmpty() && downstream.isEmpty() ? null : new DependenciesSection(upstream, downstream);
    }

    /** Implementation Timeline, numbered as the template numbers its phases; {@code null} without {@code @Timeline}. */
    TimelineSection timeline(Feature feature) {
        List<TimelineSection.Phase> phases = new ArrayList<>();
        for (TimelinePhase phase : feature.timeline()) {
            String heading = "Phase " + (phases.size() + 1) + ": " + Markdown.inline(phase.name())
                    + (phase.when().isBlank() ? "" : " (" + Markdown.inline(phase.when()) + ")");
            phases.add(new TimelineSection.Phase(heading, phase.tasks().stream()
                    .filter(task -> !task.text().isBlank())
                    .map(task -> new TimelineSection.Task(Markdown.inline(task.text()), task.done())).toList()));
        }
        return phases.isEmpty() ? null : new TimelineSection(phases);
    }

    /** The Read Patterns bullet also names the feature's named queries, whose text Query Flow shows. */
    private static List<LabelledValue> withNamedQueries(List<LabelledValue> usage, List<Entity> entities) {
        List<String> names = new ArrayList<>();
        entities.forEach(e -> e.queries().stream().map(NamedQuery::name).filter(n -> !n.isBlank()).map(Markdown::code).forEach(names::add));
        if (names.isEmpty()) {
            return usage;
        }
        String queries = "named " + (names.size() == 1 ? "query " : "queries ") + String.join(", ", names);
        List<LabelledValue> bullets = new ArrayList<>(usage);
        if (!bullets.isEmpty() && bullets.get(0).label().equals(READ_PATTERNS)) {
            bullets.set(0, new LabelledValue(READ_PATTERNS, bullets.get(0).value() + "; " + queries));
        } else {
            bullets.add(0, new LabelledValue(READ_PATTERNS, queries));
        }
        return bullets;
    }

    /** The template's four usage bullets, each only when stated; growth joins the volume. */
    static List<LabelledValue> usage(Usage usage) {
        List<LabelledValue> bullets = new ArrayList<>();
        if (usage == null) {
            return bullets;
        }
        if (!usage.reads().isEmpty()) {
            bullets.add(new LabelledValue(READ_PATTERNS, joined(usage.reads())));
        }
        if (!usage.writes().isEmpty()) {
            bullets.add(new LabelledValue("Write Patterns", joined(usage.writes())));
        }
        List<String> volume = new ArrayList<>();
        if (!usage.volume().isBlank()) {
            volume.add(usage.volume());
        }
        if (!usage.growth().isBlank()) {
            volume.add("growth: " + usage.growth());
        }
        if (!volume.isEmpty()) {
            bullets.add(new LabelledValue("Volume", joined(volume)));
        }
        if (!usage.performance().isBlank()) {
            bullets.add(new LabelledValue("Performance", Markdown.inline(usage.performance())));
        }
        return bullets;
    }

    private static String joined(List<String> items) {
        return String.join("; ", items.stream().filter(s -> !s.isBlank()).map(Markdown::inline).toList());
    }

    private static void addIfPresent(List<LabelledValue> rows, String label, String value) {
        if (value != null && !value.isBlank()) {
            rows.add(new LabelledValue(label, Markdown.cell(value)));
        }
    }
}
