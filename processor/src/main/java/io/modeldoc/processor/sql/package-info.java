/**
 * Schema scripts, and every fact about a database. Each {@link io.modeldoc.processor.sql.Dialect} is one
 * database: how it spells the neutral relational model (types, identity, sequences, constraints, comments,
 * literals), its names (quoting, identifier limit, reserved words from its list under {@code keywords/}, schemas
 * and catalogs), how it behaves (transactional DDL, indexes of foreign keys) and how it spells changes to a
 * schema ({@link io.modeldoc.processor.sql.AlterSyntax}). {@link io.modeldoc.processor.sql.Dialects} is the only
 * place that knows them by name; nothing outside this package decides by a dialect's name. The
 * {@link io.modeldoc.processor.sql.SchemaPlanner} orders the statements as Hibernate ORM's schema export does, a
 * {@link io.modeldoc.processor.sql.ConstraintNamer} names what the user left unnamed, and
 * {@link io.modeldoc.processor.sql.SchemaScriptRenderer} writes the text through {@code schema.sql.ftl}.
 * Everything that escapes or quotes SQL lives here, not in templates.
 *
 * <p>A new database is one class extending {@code BaseDialect} (the compiler lists every question it must
 * answer), its keyword list, its entry in {@code Dialects}, and its tests.
 */
package io.modeldoc.processor.sql;
