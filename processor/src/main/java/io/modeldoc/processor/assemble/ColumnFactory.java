package io.modeldoc.processor.assemble;

import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.read.AttributeSource;
import io.modeldoc.processor.read.ColumnSource;
import java.util.ArrayList;
import java.util.List;

/** Physical columns of basic attributes, and foreign-key columns copied from referenced keys. */
final class ColumnFactory {

    private final Naming naming;

    ColumnFactory(Naming naming) {
        this.naming = naming;
    }

    /** The column of an identifier, version or basic attribute. */
    Column of(AttributeSource attribute) {
        boolean identity = attribute.generation() != null && attribute.generation().strategy().equals("IDENTITY");
        return of(attribute.column(), identity);
    }

    /** A column as read, with its physical name. */
    Column of(ColumnSource source, boolean identity) {
        String name = naming.physical(source.name());
        return new Column(name, source.type(), source.length(), source.precision(), source.scale(),
                source.nullable(), source.unique(), identity, source.enumValues(), checks(name, source), source.comment(),
                source.definition(),
                source.renamedFrom());
    }

    /** A column referring to {@code referenced}: same type, never generated. */
    Column referring(String name, Column referenced, boolean nullable, boolean unique) {
        return new Column(name, referenced.type(), referenced.length(), referenced.precision(), referenced.scale(),
                nullable, unique, false, referenced.enumValues(), List.of(), "");
    }

    /** Hibernate's checks for {@code @Min}/{@code @Max}: {@code qty>=1}, {@code qty<=10}. */
    private static List<String> checks(String column, ColumnSource source) {
        List<String> terms = new ArrayList<>();
        if (source.min() != null) {
            terms.add(column + ">=" + source.min());
        }
        if (source.max() != null) {
            terms.add(column + "<=" + source.max());
        }
        return terms;
    }
}
