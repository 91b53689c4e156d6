package io.modeldoc.processor.model;

/**
 * Where a table or sequence lives besides its name: {@code @Table(catalog, schema)} and the like, physical
 * names as written (quoted names keep their quotes). Each database honours its own part: PostgreSQL the
 * schema, MySQL and MariaDB the catalog (a database), H2 both, as Hibernate ORM qualifies names.
 *
 * @param catalog the catalog; empty for the connection's own
 * @param schema  the schema; empty for the connection's default
 */
public record Namespace(String catalog, String schema) {

    /** The connection's default catalog and schema: names are written unqualified. */
    public static final Namespace DEFAULT = new Namespace("", "");

    public Namespace {
        catalog = catalog == null ? "" : catalog;
        schema = schema == null ? "" : schema;
    }

    public static Namespace of(String catalog, String schema) {
        return catalog.isEmpty() && schema.isEmpty() ? DEFAULT : new Namespace(catalog, schema);
    }

    public boolean isDefault() {
        return catalog.isEmpty() && schema.isEmpty();
    }

    /** {@code catalog.schema.name}, leaving out the parts not given: how the document shows a table. */
    public String qualify(String name) {
        StringBuilder qualified = new StringBuilder();
        if (!catalog.isEmpty()) {
            qualified.append(catalog).append('.');
        }
        if (!schema.isEmpty()) {
            qualified.append(schema).append('.');
        }
        return qualified.append(name).toString();
    }
}
