package io.modeldoc.processor.sql;

import static io.modeldoc.processor.sql.ColumnBuilder.column;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modeldoc.processor.model.ForeignKey;
import io.modeldoc.processor.model.Index;
import io.modeldoc.processor.model.Index.IndexColumn;
import io.modeldoc.processor.model.SqlType;
import io.modeldoc.processor.model.Table;
import io.modeldoc.processor.model.UniqueKey;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReadableConstraintNamerTest {

    private final ConstraintNamer namer = new ReadableConstraintNamer(Dialects.named("postgresql"));

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            orders             | customer_id           | fk_orders_customer_id | uk_orders_customer_id | idx_orders_customer_id
            orders             | customer_id, order_no | fk_orders_customer_id_order_no | uk_orders_customer_id_order_no | idx_orders_customer_id_order_no
            Orders             | CustomerId            | fk_orders_customerid  | uk_orders_customerid  | idx_orders_customerid
            "Order Items"      | "Unit-Price"          | fk_order_items_unit_price | uk_order_items_unit_price | idx_order_items_unit_price
            `line item`        | `qty €`               | fk_line_item_qty__    | uk_line_item_qty__    | idx_line_item_qty__
            """)
    void namesUnnamedConstraintsFromTableAndColumns(String tableName, String columns, String fk, String uk, String idx) {
        List<String> names = List.of(columns.split(",\\s*"));
        Table table = table(tableName);
        assertEquals(fk, namer.foreignKey(table, new ForeignKey("", names, "customer", List.of("id"))));
        assertEquals(uk, namer.uniqueKey(table, new UniqueKey("", names)));
        assertEquals(idx, namer.index(table, new Index("", names.stream().map(n -> new IndexColumn(n, "desc")).toList(), false)));
    }

    @Test
    void keepsNamesTheUserGaveExactly() {
        Table table = table("orders");
        String longName = "FK_Orders_" + "x".repeat(80);
        assertEquals(longName, namer.foreignKey(table, new ForeignKey(longName, List.of("a"), "b", List.of("id"))));
        assertEquals("UK Email", namer.uniqueKey(table, new UniqueKey("UK Email", List.of("email"))));
        assertEquals("\"Idx\"", namer.index(table, new Index("\"Idx\"", List.of(new IndexColumn("a", "")), false)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"postgresql", "mysql", "mariadb", "h2"})
    void shortensLongNamesToExactlyTheDialectLimit(String dialect) {
        int limit = Dialects.named(dialect).maxIdentifierLength();
        ConstraintNamer dialectNamer = new ReadableConstraintNamer(Dialects.named(dialect));
        Table table = table("t".repeat(limit));
        String name = dialectNamer.foreignKey(table, new ForeignKey("", List.of("customer_id"), "c", List.of("id")));
        assertEquals(limit, name.length(), name);
        assertTrue(name.matches("fk_t+_[0-9a-f]{8}"), name);
        assertEquals(name, dialectNamer.foreignKey(table, new ForeignKey("", List.of("customer_id"), "c", List.of("id"))), "stable");
    }

    @Test
    void namesThatShareTheirStartStillDiffer() {
        Table table = table("account_transaction_history_entries");
        String first = namer.index(table, index("counterparty_reference_number", "posting_date"));
        String second = namer.index(table, index("counterparty_reference_number", "value_date"));
        assertEquals(63, first.length());
        assertEquals(63, second.length());
        assertEquals(first.substring(0, 54), second.substring(0, 54));
        assertNotEquals(first, second);
    }

    @Test
    void leavesNamesWithinTheLimitAlone() {
        String exactly63 = "idx_" + "a".repeat(59);
        assertEquals(exactly63, Identifiers.fit(exactly63, 63));
        assertEquals(64, Identifiers.fit(exactly63 + "bb", 64).length());
        assertEquals(exactly63 + "b", Identifiers.fit(exactly63 + "b", 64));
    }

    private static Index index(String... columns) {
        return new Index("", List.of(columns).stream().map(c -> new IndexColumn(c, "")).toList(), false);
    }

    private static Table table(String name) {
        return new Table(name, "", "", List.of(column("id", SqlType.BIGINT).build()), List.of("id"),
                List.of(), List.of(), List.of(), List.of());
    }
}
