package io.modeldoc.processor.migrate;

import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.sql.Dialect;

/** One column kept from the source model to the target model, perhaps renamed, perhaps changed. */
public record ColumnChange(Column from, Column to) {

    public boolean renamed() {
        return !from.name().equalsIgnoreCase(to.name());
    }

    /** Whether the spelled type differs: length, precision, scale and native enum constants included. */
    public boolean typeChanged(Dialect dialect) {
        return !dialect.columnType(from).equals(dialect.columnType(to));
    }

    public boolean nullabilityChanged() {
        return from.nullable() != to.nullable() && !to.identity();
    }

    public boolean commentChanged() {
        return !from.comment().equals(to.comment());
    }

    /** Whether the inline CHECK differs: enum constants of a checked enum, Bean Validation bounds. */
    public boolean checkChanged(Dialect dialect) {
        return !dialect.typeChecks(from).equals(dialect.typeChecks(to).stream()
                .map(c -> c.replace(to.name(), from.name())).toList())
                || !from.checks().equals(to.checks().stream().map(c -> c.replace(to.name(), from.name())).toList());
    }

    /** Whether anything but the name differs, for the document. */
    public boolean changedBeyondName() {
        return from.type() != to.type() || from.length() != to.length() || from.precision() != to.precision()
                || from.scale() != to.scale() || from.nullable() != to.nullable() || from.unique() != to.unique()
                || !from.enumValues().equals(to.enumValues()) || commentChanged()
                || !from.checks().equals(to.checks().stream().map(c -> c.replace(to.name(), from.name())).toList());
    }
}
