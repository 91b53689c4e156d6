/**
 * Schema scripts: each {@link io.modeldoc.processor.sql.Dialect} spells the neutral relational model
 * its own way (types, identity, sequences, constraints, comments, literals), the
 * {@link io.modeldoc.processor.sql.SchemaPlanner} orders the statements as Hibernate ORM's schema
 * export does, a {@link io.modeldoc.processor.sql.ConstraintNamer} names what the user left unnamed,
 * and {@link io.modeldoc.processor.sql.SchemaScriptRenderer} writes the text through
 * {@code schema.sql.ftl}. Everything that escapes or quotes SQL lives here, not in templates.
 */
package io.modeldoc.processor.sql;
