package io.modeldoc.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The systems a feature's data comes from and goes to: the document's Dependencies section.
 * Put it next to {@link DataModel} in the feature's {@code package-info.java}.
 *
 * <pre>{@code
 * @DataModel(feature = "Order Management")
 * @Dependencies(upstream = "Catalogue service: prices and stock",
 *               downstream = {"Warehouse system: shipments", "Finance: invoices"})
 * package com.example.orders;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PACKAGE)
public @interface Dependencies {

    /** Systems that provide data to this feature. */
    String[] upstream() default {};

    /** Systems that consume data from this feature. */
    String[] downstream() default {};
}
