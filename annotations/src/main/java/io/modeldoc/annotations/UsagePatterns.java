package io.modeldoc.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a feature's or an entity's data is read and written, how much of it there is and how fast
 * it must be: the document's Usage Patterns, and the volume and performance notes of its
 * Performance and Monitoring sections.
 *
 * <p>Use it on a feature's package for the feature as a whole, and on an entity where one entity
 * differs from the rest (the orders table that grows by 40,000 rows a month).
 *
 * <pre>{@code
 * @Entity
 * @UsagePatterns(
 *     reads = "A customer's recent orders, newest first",
 *     writes = "One insert per checkout; a few status updates per order",
 *     volume = "40,000 orders a month; 3 million kept online",
 *     performance = "Order history under 100 ms at the 95th percentile")
 * public class PurchaseOrder { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PACKAGE, ElementType.TYPE})
public @interface UsagePatterns {

    /** How the data is queried, one pattern each. */
    String[] reads() default {};

    /** How the data is created and changed, one pattern each. */
    String[] writes() default {};

    /** Expected volume, for example {@code "40,000 rows a month"}. */
    String volume() default "";

    /** How the volume grows over time, for example {@code "+20 % a year"}. */
    String growth() default "";

    /** Performance requirements, for example {@code "p95 under 100 ms"}. */
    String performance() default "";
}
