package io.modeldoc.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may read and change an entity's data, and how access is audited: the document's Security
 * Considerations, Access Control and Audit.
 *
 * <pre>{@code
 * @Entity
 * @AccessControl(read = {"customer-service", "warehouse"}, write = "checkout-service",
 *                audit = "Every status change is logged with the user and the time")
 * public class PurchaseOrder { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AccessControl {

    /** Roles or services that may read the data. */
    String[] read() default {};

    /** Roles or services that may create or change the data. */
    String[] write() default {};

    /** What is audited, and where; empty when nothing is. */
    String audit() default "";
}
