package io.modeldoc.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A known risk of the design and how it is mitigated: the document's Risk Assessment. Repeat it
 * for several risks; put it on the feature's package or on the entity it concerns.
 *
 * <pre>{@code
 * @Entity
 * @Risk(value = "Price changes during checkout could alter a placed order",
 *       kind = Risk.Kind.BUSINESS, impact = Risk.Impact.HIGH,
 *       mitigation = "Prices are copied onto each order line")
 * public class OrderLine { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Repeatable(Risks.class)
public @interface Risk {

    /** The risk, in plain words. */
    String value();

    /** Whether the risk is technical or a business one. */
    Kind kind() default Kind.TECHNICAL;

    /** How bad it would be. */
    Impact impact() default Impact.MEDIUM;

    /** What reduces the risk; empty when nothing does yet. */
    String mitigation() default "";

    /** The template's two groups of risks. */
    enum Kind {
        /** Data loss, performance, operations. */
        TECHNICAL,
        /** Inaccurate data, compliance, money. */
        BUSINESS
    }

    /** The impact if the risk materialises. */
    enum Impact {
        LOW("Low"),
        MEDIUM("Medium"),
        HIGH("High"),
        CRITICAL("Critical");

        private final String label;

        Impact(String label) {
            this.label = label;
        }

        /** The impact as the document prints it. */
        public String label() {
            return label;
        }
    }
}
