package io.modeldoc.processor.compile;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.modeldoc.processor.doc.RenderedMarkdown;
import io.modeldoc.processor.support.Fixtures;
import io.modeldoc.processor.support.Goldens;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shop fixture's document: Query Flow lists every query with the tables it reads and what serves each read on
 * PostgreSQL (the first dialect), and the index table says which queries each index serves, which index is redundant
 * and which possibly unused.
 */
class QueryFlowDocumentTest {

    private static final Compilation COMPILATION = Fixtures.compile(Fixtures.sources("queries"), "modeldoc.lint=off",
            "modeldoc.dialects=postgresql,mysql");

    private static String document() {
        return Fixtures.output(COMPILATION, "shop.md");
    }

    @Test
    void documentMatchesItsGolden() {
        Goldens.assertMatches("QueryFlowDocumentTest", "outputs", "shop.md", document());
    }

    @Test
    void theDocumentRendersCleanly() {
        assertThat(RenderedMarkdown.problems(Map.of("shop.md", document(), "index.md", Fixtures.output(COMPILATION, "index.md"))))
                .isEmpty();
    }

    @Test
    void eachQuerySaysWhatServesEachTableItReads() {
        assertThat(document())
                .contains("1. `PurchaseOrder.recent` on [PurchaseOrder](#purchaseorder) (JPQL): `select o from PurchaseOrder o where "
                        + "o.placedAt > :since order by o.placedAt desc` — reads `orders` by `placed_at` in a range, sorted by "
                        + "`placed_at desc`: **no index** on PostgreSQL; an index on `orders(placed_at)` would serve it\n")
                .contains("`OrderRepository.findByCustomerEmail` on [PurchaseOrder](#purchaseorder) (derived query): "
                        + "`findByCustomerEmail` — reads `Customer` by `email` =: served by `uk_customer_email`; reads `orders` "
                        + "(joined from `Customer`) by `customer_id` =: **no index** on PostgreSQL; an index on "
                        + "`orders(customer_id)` would serve it\n")
                .contains("`OrderRepository.expensiveNative` on [PurchaseOrder](#purchaseorder) (SQL): `select * from orders where "
                        + "total > ?1` — not analysed: ModelDoc does not read native SQL\n");
    }

    @Test
    void theIndexTableSaysWhichQueriesEachIndexServesAndWhichIndexIsIdle() {
        assertThat(document())
                .contains("| `idx_orders_status_placed` | `orders` | `status, placed_at` | index | query "
                        + "`OrderRepository.findByStatusOrderByPlacedAtDesc`, query `OrderRepository.findTop10ByCustomer_LastNameAndStatus`, "
                        + "query `OrderRepository.existsByStatusIn`, query `OrderRepository.findByTotalGreaterThanOrStatus` |")
                .contains("| `idx_orders_status` | `orders` | `status` | index | **redundant**: it leads `idx_orders_status_placed` |")
                .contains("| `idx_customer_last_name_first_name` | `Customer` | `last_name, first_name` | index | nothing declared: "
                        + "**possibly unused** |");
    }
}
