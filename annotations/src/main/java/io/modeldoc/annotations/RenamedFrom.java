package io.modeldoc.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The name a table or column had in the baseline ({@code -Amodeldoc.baseline}): the migration then
 * renames it, keeping its rows, instead of dropping it and adding a new, empty one.
 *
 * <p>ModelDoc never guesses a rename from similar names. Without this annotation a renamed table or
 * column is a drop and an add, and the design document flags the data loss. Give the old physical
 * name, as it stands in the baseline's {@code model.json} and in the database. Leaving the
 * annotation in place after the baseline has caught up does no harm.
 *
 * <pre>{@code
 * @Entity
 * @Table(name = "client")
 * @RenamedFrom("customer")
 * public class Client {
 *
 *     @RenamedFrom("name")
 *     @Column(name = "full_name", length = 150)
 *     private String fullName;
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD})
public @interface RenamedFrom {

    /** The table's or column's physical name in the baseline. */
    String value();
}
