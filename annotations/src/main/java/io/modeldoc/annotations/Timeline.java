package io.modeldoc.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How the feature is delivered: the document's Implementation Timeline, one checklist per phase. Put it next to
 * {@link DataModel} in the feature's {@code package-info.java}. Tasks in {@code done} are ticked; a task
 * "Data model design completion" is also ticked once the design's {@link DataModel#status()} is {@code APPROVED}.
 *
 * <pre>{@code
 * @DataModel(feature = "Order Management", status = DataModel.Status.APPROVED)
 * @Timeline({
 *     @Timeline.Phase(name = "Design & Development", when = "Week 1-2",
 *                     done = "Schema creation", todo = {"Data model design completion", "Basic CRUD operations"}),
 *     @Timeline.Phase(name = "Deployment & Monitoring", when = "Week 4", todo = "Production deployment")
 * })
 * package com.example.orders;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PACKAGE)
public @interface Timeline {

    /** The phases, in the order they happen. */
    Phase[] value();

    /** One phase of the delivery, with its tasks. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target({})
    @interface Phase {

        /** What the phase is, e.g. {@code Testing & Refinement}. */
        String name();

        /** When it happens, as you want it printed, e.g. {@code Week 3}; empty to leave it out. */
        String when() default "";

        /** The tasks that are done, listed first. */
        String[] done() default {};

        /** The tasks still to do. */
        String[] todo() default {};
    }
}
