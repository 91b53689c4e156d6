package io.modeldoc.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A business rule the data obeys: listed under the entity's Business Rules and in Data
 * Validation, and, when {@link #check()} is given, enforced by the database as a CHECK
 * constraint.
 *
 * <p>Repeat it for several rules. Put it on the entity for rules that span attributes, on an
 * attribute for rules about that attribute alone.
 *
 * <pre>{@code
 * @Entity
 * @BusinessRule(id = "BR-8", value = "A cancelled order is never shipped.",
 *               check = "status <> 'SHIPPED' or cancelled_at is null")
 * public class PurchaseOrder {
 *
 *     @BusinessRule(id = "BR-7", value = "The total equals the sum of the lines.")
 *     private BigDecimal total;
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
@Repeatable(BusinessRules.class)
public @interface BusinessRule {

    /** The rule in plain words. */
    String value();

    /**
     * A single SQL boolean expression over the table's column names, written so it is valid on
     * every database the build targets; it becomes a named CHECK constraint of the entity's table.
     * Empty: the rule is checked in the application only, and the document says so.
     */
    String check() default "";

    /** A stable identifier such as {@code BR-8}, used in the document and the constraint's name. */
    String id() default "";
}
