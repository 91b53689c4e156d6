package io.modeldoc.processor.migrate;

import io.modeldoc.processor.model.Check;
import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.ForeignKey;
import io.modeldoc.processor.model.Index;
import io.modeldoc.processor.model.Sequence;
import io.modeldoc.processor.model.SqlType;
import io.modeldoc.processor.model.Table;
import io.modeldoc.processor.model.UniqueKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** Small relational models for the migration corpus: a baseline shop and edits of it. */
final class Models {

    private Models() {
    }

    static Column column(String name, SqlType type, int length, boolean nullable) {
        return new Column(name, type, length, 0, 0, nullable, false, false, List.of(), List.of(), "");
    }

    static Column id() {
        return new Column("id", SqlType.BIGINT, 0, 0, 0, false, false, false, List.of(), List.of(), "");
    }

    static Table table(String name, List<Column> columns, List<ForeignKey> keys, List<UniqueKey> uniques, List<Index> indexes,
                       List<Check> checks) {
        return new Table(name, "shop." + name, "", columns, List.of("id"), keys, uniques, indexes, checks);
    }

    /** The baseline: customer, purchase (referring to customer), a sequence. */
    static DataModel baseline() {
        Table customer = table("customer", List.of(id(),
                column("name", SqlType.VARCHAR, 100, false),
                new Column("email", SqlType.VARCHAR, 120, 0, 0, true, true, false, List.of(), List.of(), ""),
                new Column("status", SqlType.ENUM_STRING, 20, 0, 0, false, false, false, List.of("ACTIVE", "CLOSED"), List.of(), ""),
                new Column("note", SqlType.VARCHAR, 50, 0, 0, true, false, false, List.of(), List.of(), "Free text"),
                column("legacy_code", SqlType.VARCHAR, 10, true)),
                List.of(), List.of(), List.of(), List.of());
        Table purchase = table("purchase", List.of(id(),
                column("customer_id", SqlType.BIGINT, 0, false),
                new Column("total", SqlType.NUMERIC, 0, 10, 2, false, false, false, List.of(), List.of(), ""),
                column("placed_on", SqlType.DATE, 0, true),
                column("quantity", SqlType.INTEGER, 0, true),
                new Column("priority", SqlType.ENUM_ORDINAL, 0, 0, 0, true, false, false, List.of("LOW", "HIGH"), List.of(), "")),
                List.of(new ForeignKey("", List.of("customer_id"), "customer", List.of("id"))), List.of(),
                List.of(new Index("", List.of(new Index.IndexColumn("placed_on", "")), false)),
                List.of(new Check("ck_purchase_total", "total >= 0")));
        return model(List.of(customer, purchase), List.of(new Sequence("purchase_seq", 1, 50)));
    }

    static DataModel model(List<Table> tables, List<Sequence> sequences) {
        List<Table> sorted = new ArrayList<>(tables);
        sorted.sort(Comparator.comparing(t -> t.name().toLowerCase(Locale.ROOT)));
        List<Sequence> sequencesSorted = new ArrayList<>(sequences);
        sequencesSorted.sort(Comparator.comparing(Sequence::name));
        return new DataModel(List.of(), List.of(), sorted, sequencesSorted);
    }

    /** {@code model} with the named table edited. */
    static DataModel editTable(DataModel model, String name, UnaryOperator<Table> edit) {
        return model(model.tables().stream().map(t -> t.name().equals(name) ? edit.apply(t) : t).toList(), model.sequences());
    }

    /** {@code table} with the named column edited (null removes it). */
    static Table editColumn(Table table, String name, UnaryOperator<Column> edit) {
        List<Column> columns = new ArrayList<>();
        for (Column column : table.columns()) {
            Column edited = column.name().equals(name) ? edit.apply(column) : column;
            if (edited != null) {
                columns.add(edited);
            }
        }
        return withColumns(table, columns);
    }

    static Table withColumns(Table t, List<Column> columns) {
        return new Table(t.name(), t.entity(), t.comment(), columns, t.primaryKey(), t.foreignKeys(), t.uniqueKeys(),
                t.indexes(), t.checks(), t.renamedFrom());
    }

    static Table addColumn(Table table, Column column) {
        List<Column> columns = new ArrayList<>(table.columns());
        columns.add(column);
        return withColumns(table, columns);
    }

    static Table with(Table t, String name, String comment, List<ForeignKey> keys, List<UniqueKey> uniques, List<Index> indexes,
                      List<Check> checks, String renamedFrom) {
        return new Table(name, t.entity(), comment, t.columns(), t.primaryKey(), keys, uniques, indexes, checks, renamedFrom);
    }

    static Column retype(Column c, SqlType type, int length, int precision, int scale) {
        return new Column(c.name(), type, length, precision, scale, c.nullable(), c.unique(), c.identity(), c.enumValues(),
                c.checks(), c.comment(), c.definition(), c.renamedFrom());
    }

    static Column nullable(Column c, boolean nullable) {
        return new Column(c.name(), c.type(), c.length(), c.precision(), c.scale(), nullable, c.unique(), c.identity(),
                c.enumValues(), c.checks(), c.comment(), c.definition(), c.renamedFrom());
    }

    static Column renamed(Column c, String newName) {
        return new Column(newName, c.type(), c.length(), c.precision(), c.scale(), c.nullable(), c.unique(), c.identity(),
                c.enumValues(), c.checks(), c.comment(), c.definition(), c.name());
    }

    static Column values(Column c, String... values) {
        return new Column(c.name(), c.type(), c.length(), c.precision(), c.scale(), c.nullable(), c.unique(), c.identity(),
                List.of(values), c.checks(), c.comment(), c.definition(), c.renamedFrom());
    }

    static Column comment(Column c, String comment) {
        return new Column(c.name(), c.type(), c.length(), c.precision(), c.scale(), c.nullable(), c.unique(), c.identity(),
                c.enumValues(), c.checks(), comment, c.definition(), c.renamedFrom());
    }

    static Column unique(Column c) {
        return new Column(c.name(), c.type(), c.length(), c.precision(), c.scale(), c.nullable(), true, c.identity(),
                c.enumValues(), c.checks(), c.comment(), c.definition(), c.renamedFrom());
    }

    static Column checks(Column c, String... checks) {
        return new Column(c.name(), c.type(), c.length(), c.precision(), c.scale(), c.nullable(), c.unique(), c.identity(),
                c.enumValues(), List.of(checks), c.comment(), c.definition(), c.renamedFrom());
    }
}
