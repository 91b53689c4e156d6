package io.modeldoc.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How an entity's data is archived or purged as it grows: the document's Archival Strategy and
 * maintenance tasks.
 *
 * <pre>{@code
 * @Entity
 * @Archival("Orders delivered more than 3 years ago move to the archive schema every night.")
 * public class PurchaseOrder { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Archival {

    /** The archival or retention strategy, in plain words. */
    String value();
}
