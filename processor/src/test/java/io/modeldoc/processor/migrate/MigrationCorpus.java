package io.modeldoc.processor.migrate;

import static io.modeldoc.processor.migrate.Models.*;

import io.modeldoc.processor.model.Check;
import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.ForeignKey;
import io.modeldoc.processor.model.Index;
import io.modeldoc.processor.model.Sequence;
import io.modeldoc.processor.model.SqlType;
import io.modeldoc.processor.model.Table;
import io.modeldoc.processor.model.UniqueKey;
import java.util.ArrayList;
import java.util.List;

/** (baseline, changed model) pairs, one per kind of change, plus one with many changes at once. */
final class MigrationCorpus {

    /**
     * @param rows whether the baseline's tables get a row before the migration (false where the
     *             change cannot keep rows, e.g. a not-null column added without a value)
     */
    record Case(String name, DataModel baseline, DataModel changed, boolean rows) {
        @Override
        public String toString() {
            return name;
        }
    }

    private MigrationCorpus() {
    }

    static List<Case> cases() {
        DataModel base = baseline();
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("no change", base, base, true));
        Table shipment = table("shipment", List.of(id(), column("purchase_id", SqlType.BIGINT, 0, false),
                column("carrier", SqlType.VARCHAR, 40, true)),
                List.of(new ForeignKey("", List.of("purchase_id"), "purchase", List.of("id"))),
                List.of(new UniqueKey("", List.of("carrier", "purchase_id"))),
                List.of(new Index("", List.of(new Index.IndexColumn("carrier", "desc")), false)), List.of());
        List<Table> withShipment = new ArrayList<>(base.tables());
        withShipment.add(shipment);
        cases.add(new Case("add table", base, model(withShipment, base.sequences()), true));
        cases.add(new Case("drop table", model(withShipment, base.sequences()), base, true));
        cases.add(new Case("add nullable column", base,
                editTable(base, "customer", t -> addColumn(t, column("phone", SqlType.VARCHAR, 30, true))), true));
        cases.add(new Case("add not null column", base,
                editTable(base, "customer", t -> addColumn(t, column("phone", SqlType.VARCHAR, 30, false))), false));
        cases.add(new Case("drop column", base, editTable(base, "customer", t -> editColumn(t, "legacy_code", c -> null)), true));
        cases.add(new Case("rename column", base,
                editTable(base, "customer", t -> editColumn(t, "name", c -> renamed(c, "full_name"))), true));
        cases.add(new Case("rename table", base, renameCustomer(base), true));
        cases.add(new Case("widen varchar", base,
                editTable(base, "customer", t -> editColumn(t, "name", c -> retype(c, SqlType.VARCHAR, 200, 0, 0))), true));
        cases.add(new Case("narrow varchar", base,
                editTable(base, "customer", t -> editColumn(t, "name", c -> retype(c, SqlType.VARCHAR, 40, 0, 0))), true));
        cases.add(new Case("numeric precision and scale", base,
                editTable(base, "purchase", t -> editColumn(t, "total", c -> retype(c, SqlType.NUMERIC, 0, 12, 3))), true));
        cases.add(new Case("integer to bigint", base,
                editTable(base, "purchase", t -> editColumn(t, "quantity", c -> retype(c, SqlType.BIGINT, 0, 0, 0))), true));
        cases.add(new Case("set not null", base,
                editTable(base, "purchase", t -> editColumn(t, "placed_on", c -> nullable(c, false))), true));
        cases.add(new Case("drop not null", base,
                editTable(base, "customer", t -> editColumn(t, "name", c -> nullable(c, true))), true));
        cases.add(new Case("enum value added", base,
                editTable(base, "customer", t -> editColumn(t, "status", c -> values(c, "ACTIVE", "CLOSED", "SUSPENDED"))), true));
        cases.add(new Case("enum value removed", base,
                editTable(base, "customer", t -> editColumn(t, "status", c -> values(c, "ACTIVE"))), true));
        cases.add(new Case("ordinal enum value added", base,
                editTable(base, "purchase", t -> editColumn(t, "priority", c -> values(c, "LOW", "HIGH", "URGENT"))), true));
        cases.add(new Case("column comment", base,
                editTable(base, "customer", t -> editColumn(t, "note", c -> comment(c, "What the customer asked for")))
                , true));
        cases.add(new Case("table comment", base,
                editTable(base, "customer", t -> with(t, t.name(), "Who buys", t.foreignKeys(), t.uniqueKeys(), t.indexes(),
                        t.checks(), "")), true));
        cases.add(new Case("unique column", base,
                editTable(base, "customer", t -> editColumn(t, "legacy_code", Models::unique)), true));
        cases.add(new Case("drop foreign key", base,
                editTable(base, "purchase", t -> with(t, t.name(), t.comment(), List.of(), t.uniqueKeys(), t.indexes(),
                        t.checks(), "")), true));
        cases.add(new Case("unique key and index", base,
                editTable(base, "purchase", t -> with(t, t.name(), t.comment(), t.foreignKeys(),
                        List.of(new UniqueKey("uk_purchase_day", List.of("customer_id", "placed_on"))),
                        List.of(new Index("", List.of(new Index.IndexColumn("quantity", "")), false)), t.checks(), "")), true));
        cases.add(new Case("table check", base,
                editTable(base, "purchase", t -> with(t, t.name(), t.comment(), t.foreignKeys(), t.uniqueKeys(), t.indexes(),
                        List.of(new Check("ck_purchase_quantity", "quantity > 0")), "")), true));
        cases.add(new Case("column check", base,
                editTable(base, "purchase", t -> editColumn(t, "quantity", c -> checks(c, "quantity>=1"))), true));
        cases.add(new Case("sequences", base, model(base.tables(),
                List.of(new Sequence("purchase_seq", 1, 20), new Sequence("shipment_seq", 1, 50))), true));
        cases.add(new Case("many at once", base, manyAtOnce(base, shipment), true));
        return cases;
    }

    private static DataModel renameCustomer(DataModel base) {
        List<Table> tables = new ArrayList<>();
        for (Table t : base.tables()) {
            if (t.name().equals("customer")) {
                tables.add(with(t, "client", t.comment(), t.foreignKeys(), t.uniqueKeys(), t.indexes(), t.checks(), "customer"));
            } else {
                tables.add(with(t, t.name(), t.comment(), List.of(new ForeignKey("", List.of("customer_id"), "client", List.of("id"))),
                        t.uniqueKeys(), t.indexes(), t.checks(), ""));
            }
        }
        return model(tables, base.sequences());
    }

    private static DataModel manyAtOnce(DataModel base, Table shipment) {
        DataModel renamed = renameCustomer(base);
        DataModel edited = editTable(renamed, "client", t -> addColumn(editColumn(editColumn(t, "legacy_code", c -> null),
                "name", c -> renamed(retype(c, SqlType.VARCHAR, 150, 0, 0), "full_name")),
                column("phone", SqlType.VARCHAR, 30, true)));
        edited = editTable(edited, "purchase", t -> editColumn(t, "total", c -> retype(c, SqlType.NUMERIC, 0, 14, 2)));
        List<Table> tables = new ArrayList<>(edited.tables());
        tables.add(shipment);
        return model(tables, List.of(new Sequence("shipment_seq", 1, 50)));
    }
}
