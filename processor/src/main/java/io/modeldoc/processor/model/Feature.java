package io.modeldoc.processor.model;

import java.util.List;

/**
 * A feature: a package annotated with {@code @DataModel} and its subpackages, documented together.
 *
 * @param name        the title, e.g. {@code Order Management}
 * @param slug        the document's file name without {@code .md}, e.g. {@code order-management}
 * @param packageName the annotated package; empty for the default feature {@code data-model}
 * @param status      the status label ({@code Draft}, {@code In Review}, {@code Approved}); empty when unknown
 * @param description the package Javadoc; empty when none
 * @param timeline    the phases of its delivery ({@code @Timeline}); empty when not stated
 */
public record Feature(
        String name,
        String slug,
        String packageName,
        String architect,
        String status,
        String date,
        String description,
        List<String> requirements,
        Usage usage,
        List<String> upstream,
        List<String> downstream,
        List<RiskNote> risks,
        List<TimelinePhase> timeline) {

    /** The slug of the document for entities outside every {@code @DataModel} package. */
    public static final String DEFAULT_SLUG = "data-model";

    public Feature {
        requirements = List.copyOf(requirements);
        upstream = List.copyOf(upstream);
        downstream = List.copyOf(downstream);
        risks = List.copyOf(risks);
        timeline = List.copyOf(timeline);
    }

    /** A feature without a timeline. */
    public Feature(String name, String slug, String packageName, String architect, String status, String date,
                   String description, List<String> requirements, Usage usage, List<String> upstream,
                   List<String> downstream, List<RiskNote> risks) {
        this(name, slug, packageName, architect, status, date, description, requirements, usage, upstream, downstream, risks,
                List.of());
    }

    /** The feature of entities outside every {@code @DataModel} package. */
    public static Feature unnamed() {
        return new Feature("Data Model", DEFAULT_SLUG, "", "", "", "", "", List.of(), Usage.NONE, List.of(), List.of(), List.of());
    }
}
