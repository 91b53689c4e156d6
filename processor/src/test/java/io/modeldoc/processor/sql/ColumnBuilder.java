package io.modeldoc.processor.sql;

import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.SqlType;
import java.util.List;

/** Builds {@link Column}s for tests: nullable, not unique, no identity, no check, no comment unless set. */
final class ColumnBuilder {

    private final String name;
    private final SqlType type;
    private int length;
    private int precision;
    private int scale;
    private boolean nullable = true;
    private boolean unique;
    private boolean identity;
    private List<String> enumValues = List.of();
    private List<String> checks = List.of();
    private String comment = "";

    private ColumnBuilder(String name, SqlType type) {
        this.name = name;
        this.type = type;
    }

    static ColumnBuilder column(String name, SqlType type) {
        return new ColumnBuilder(name, type);
    }

    ColumnBuilder length(int value) {
        length = value;
        return this;
    }

    ColumnBuilder numeric(int precisionValue, int scaleValue) {
        precision = precisionValue;
        scale = scaleValue;
        return this;
    }

    ColumnBuilder notNull() {
        nullable = false;
        return this;
    }

    ColumnBuilder unique() {
        unique = true;
        return this;
    }

    ColumnBuilder identity() {
        identity = true;
        nullable = false;
        return this;
    }

    ColumnBuilder values(String... constants) {
        enumValues = List.of(constants);
        return this;
    }

    ColumnBuilder check(String condition) {
        checks = List.of(condition);
        return this;
    }

    ColumnBuilder comment(String text) {
        comment = text;
        return this;
    }

    Column build() {
        return new Column(name, type, length, precision, scale, nullable, unique, identity, enumValues, checks, comment);
    }
}
