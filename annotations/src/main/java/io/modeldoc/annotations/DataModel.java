package io.modeldoc.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a feature: the package it annotates and all its subpackages form one design document,
 * {@code modeldoc/<feature-slug>.md}.
 *
 * <p>Put it in the {@code package-info.java} of the package that owns a feature's entities. The
 * package Javadoc, when present, opens the document's Data Requirements. Entities outside every
 * annotated package are documented in {@code data-model.md}.
 *
 * <pre>{@code
 * @DataModel(
 *     feature = "Order Management",
 *     architect = "Priya Raman",
 *     status = DataModel.Status.IN_REVIEW,
 *     date = "2026-11-02",
 *     requirements = {
 *         "Orders placed in the web shop and by phone, with their lines and prices.",
 *         "Prices are copied onto each line so catalogue changes never alter a placed order."
 *     })
 * package com.example.orders;
 *
 * import io.modeldoc.annotations.DataModel;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PACKAGE)
public @interface DataModel {

    /** The feature's name, the document's title; also gives its file name ({@code order-management.md}). */
    String feature();

    /** Who is accountable for the design. */
    String architect() default "";

    /** Where the design stands. */
    Status status() default Status.DRAFT;

    /**
     * The date of this version of the design, as you want it printed (for example {@code 2026-11-02}).
     * ModelDoc never prints the build time, so that the same sources give the same document.
     */
    String date() default "";

    /** What data the feature needs to store and process, one statement each. */
    String[] requirements() default {};

    /** The review state of a design. */
    enum Status {
        /** Being written. */
        DRAFT("Draft"),
        /** Circulated for review. */
        IN_REVIEW("In Review"),
        /** Agreed. */
        APPROVED("Approved");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        /** The status as the document prints it. */
        public String label() {
            return label;
        }
    }
}
