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
 *               check = "status <> 'SHIPPED' or {cancelledAt} is null")
 * public class PurchaseOrder {
 *
 *     @BusinessRule(id = "BR-7", value = "The total equals the sum of the lines.")
 *     private BigDecimal total;
 *
 *     private Instant cancelledAt;
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
     *
     * <p>{@code {attribute}} stands for the column of an attribute of the entity (or of an entity it
     * extends), e.g. {@code "{deliveredOn} is null or {deliveredOn} >= {shippedOn}"}: ModelDoc writes
     * the column's physical name under the active naming ({@code deliveredOn} with
     * {@code modeldoc.naming=jpa}, {@code delivered_on} with {@code snake_case}), so that switching the
     * naming never breaks a check. An embedded attribute is written with its path
     * ({@code {address.city}}); the attribute must have exactly one column. Braces inside a string
     * literal are text.
     *
     * <p>Every other name in the expression must be a column of the table: one it does not have is a
     * compiler error naming the table's columns. Key words ({@code and}, {@code is null},
     * {@code between}), function names (a word before {@code (}), type names in casts and literals
     * are not names. A quoted name ({@code "Delivered On"}) must match the column's name exactly.
     * Each column is written as the table's CREATE TABLE writes it on each database: quoted where
     * that database needs it (a reserved word such as {@code limit}, a quoted name), in its own
     * quotes.
     *
     * <p>The expression must not end the statement or open a comment ({@code ;}, {@code --},
     * {@code /*}), and its quotes and parentheses must balance: anything else is a compiler error.
     */
    String check() default "";

    /** A stable identifier such as {@code BR-8}, used in the document and the constraint's name. */
    String id() default "";
}
