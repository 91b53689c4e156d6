package io.modeldoc.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Why an entity exists, or what an attribute holds: the Purpose of an entity and the description
 * of an attribute in the design document.
 *
 * <p>Without it ModelDoc uses the first sentence block of the element's Javadoc; use it when the
 * Javadoc speaks to programmers and the document should speak to the people reviewing the design.
 *
 * <pre>{@code
 * @Entity
 * @Purpose("One checkout by one customer; the unit the warehouse ships and finance invoices.")
 * public class PurchaseOrder {
 *
 *     @Purpose("Number printed on the invoice.")
 *     private String orderNumber;
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
public @interface Purpose {

    /** The purpose or description, in a sentence or two. */
    String value();
}
