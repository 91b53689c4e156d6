package io.modeldoc.processor.sql;

import io.modeldoc.processor.model.Column;

/**
 * How one database spells the relational model: types, identity columns, sequences, constraints,
 * comments, quoting and identifier limits. Implementations override only what differs, with a
 * one-line reason each; {@link Dialects#named(String)} gives the one for an option value.
 */
public interface Dialect {

    /** The option value naming this dialect: {@code postgresql}, {@code mysql}, {@code mariadb}, {@code h2}. */
    String name();

    /** The column's type as this database writes it, e.g. {@code varchar(255)}, {@code timestamp(6) with time zone}. */
    String columnType(Column column);

    /** The longest identifier this database accepts. */
    int maxIdentifierLength();
}
