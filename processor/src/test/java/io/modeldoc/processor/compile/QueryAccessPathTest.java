package io.modeldoc.processor.compile;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.Query;
import io.modeldoc.processor.model.Table;
import io.modeldoc.processor.model.TableAccess;
import io.modeldoc.processor.query.IndexAdvisor;
import io.modeldoc.processor.snapshot.BaselineReader;
import io.modeldoc.processor.sql.Dialect;
import io.modeldoc.processor.sql.Dialects;
import io.modeldoc.processor.sql.ReadableConstraintNamer;
import io.modeldoc.processor.support.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shop fixture's queries, each with its known access path and what serves it: composite indexes and the
 * leading-column rule, sorts, joins in both directions, an embedded path, and the foreign key that MySQL indexes by
 * itself and PostgreSQL does not.
 */
class QueryAccessPathTest {

    private static final Compilation COMPILATION = Fixtures.compile(Fixtures.sources("queries"), "modeldoc.lint=off",
            "modeldoc.dialects=postgresql,mysql");
    private static final DataModel MODEL = BaselineReader.read("model.json", Fixtures.output(COMPILATION, "model.json"));

    @Test
    void eachQueryIsServedAsItsIndexesAllowOnPostgreSql() {
        assertThat(describe("postgresql")).containsExactly(
                // a range then the same column's sort: an index leading with placed_at would serve both
                "PurchaseOrder.recent: orders range[placed_at] sort[placed_at desc] -> NO INDEX, wants idx_orders_placed_at[placed_at]",
                // from the customer found by its unique e-mail to its orders, by a foreign key PostgreSQL does not index
                "PurchaseOrder.ofCustomer: Customer eq[email] -> uk_customer_email; "
                        + "orders via Customer eq[customer_id] -> NO INDEX, wants idx_orders_customer_id[customer_id]",
                "PurchaseOrder.totals: not analysed: ModelDoc does not read native SQL",
                // through a join table: the label, then the join table by its key to the label, then the customer
                "CustomerRepository.findByTagsName: Tag eq[name] -> NO INDEX, wants idx_tag_name[name]; "
                        + "Customer_Tag via Tag eq[tags_id] -> NO INDEX, wants idx_customer_tag_tags_id[tags_id]; "
                        + "Customer via Customer_Tag eq[id] -> primary key",
                // orderId is the foreign key itself: no join; the key is not indexed
                "LineRepository.findByOrderIdAndSku: OrderLine eq[order_id, sku] -> NO INDEX, wants idx_orderline_order_id_sku[order_id, sku]",
                // ignoring case compares upper(sku): nothing an index on sku could use
                "LineRepository.findBySkuIgnoreCase: OrderLine -> full scan",
                // equality on the leading column, then the sort on the next one
                "OrderRepository.findByStatusOrderByPlacedAtDesc: orders eq[status] sort[placed_at desc] -> idx_orders_status_placed",
                "OrderRepository.findByCustomerEmail: Customer eq[email] -> uk_customer_email; "
                        + "orders via Customer eq[customer_id] -> NO INDEX, wants idx_orders_customer_id[customer_id]",
                // an embedded path of a joined entity
                "OrderRepository.findByCustomerAddressCity: Customer eq[city] -> NO INDEX, wants idx_customer_city[city]; "
                        + "orders via Customer eq[customer_id] -> NO INDEX, wants idx_orders_customer_id[customer_id]",
                // placed_at is the second column of (status, placed_at): without status, that index cannot serve it
                "OrderRepository.countByPlacedAtBetween: orders range[placed_at] -> NO INDEX, wants idx_orders_placed_at[placed_at]",
                // the customer is found by its primary key, and last_name checked on that one row
                "OrderRepository.findTop10ByCustomer_LastNameAndStatus: orders eq[status] -> idx_orders_status_placed; "
                        + "Customer via orders eq[id, last_name] -> primary key",
                "OrderRepository.existsByStatusIn: orders eq[status] -> idx_orders_status_placed",
                // each alternative of an or is its own access
                "OrderRepository.findByTotalGreaterThanOrStatus: orders range[total] -> NO INDEX, wants idx_orders_total[total]; "
                        + "orders eq[status] -> idx_orders_status_placed",
                "OrderRepository.expensive: orders range[total] sort[total asc] -> NO INDEX, wants idx_orders_total[total]",
                "OrderRepository.expensiveNative: not analysed: ModelDoc does not read native SQL",
                "OrderRepository.findByCustomerNickname: not analysed: Spring Data would refuse it: PurchaseOrder has no property "
                        + "path CustomerNickname",
                "OrderRepository.placedBetween: not analysed: Spring Data would refuse it: its name does not start with a query "
                        + "prefix (find…By, read…By, get…By, query…By, search…By, stream…By, count…By, exists…By, delete…By or "
                        + "remove…By)");
    }

    @Test
    void mySqlServesForeignKeysByTheIndexItCreatesForThem() {
        List<String> mysql = describe("mysql");
        assertThat(mysql).contains(
                "PurchaseOrder.ofCustomer: Customer eq[email] -> uk_customer_email; orders via Customer eq[customer_id] -> fk_orders_customer_id",
                // the key's index leads with order_id; sku is checked on the rows it finds
                "LineRepository.findByOrderIdAndSku: OrderLine eq[order_id, sku] -> fk_orderline_order_id (partly)",
                // the join table's primary key leads with Customer_id; the key to Tag has its own index
                "CustomerRepository.findByTagsName: Tag eq[name] -> NO INDEX, wants idx_tag_name[name]; "
                        + "Customer_Tag via Tag eq[tags_id] -> fk_customer_tag_tags_id; Customer via Customer_Tag eq[id] -> primary key");
        // what no foreign key serves stays unserved
        assertThat(mysql).contains("OrderRepository.countByPlacedAtBetween: orders range[placed_at] -> NO INDEX, wants "
                + "idx_orders_placed_at[placed_at]");
    }

    @Test
    void aRepositoryMethodImplementedInJavaDeclaresNoQuery() {
        assertThat(MODEL.queries()).noneMatch(q -> q.declared().method().equals("open"));
    }

    private static List<String> describe(String dialectName) {
        Dialect dialect = Dialects.named(dialectName);
        IndexAdvisor advisor = new IndexAdvisor(dialect, new ReadableConstraintNamer(dialect));
        List<String> lines = new ArrayList<>();
        for (Query query : MODEL.queries()) {
            if (!query.analysed()) {
                lines.add(query.declared().name() + ": not analysed: " + query.notAnalysed());
                continue;
            }
            List<String> parts = new ArrayList<>();
            for (TableAccess access : query.accesses()) {
                Table table = MODEL.tables().stream().filter(t -> t.name().equals(access.table())).findFirst().orElseThrow();
                IndexAdvisor.Advice advice = advisor.advise(access, table);
                String verdict = !access.searches() ? "full scan"
                        : advice.served() ? advice.servedBy().label() + (advice.complete() ? "" : " (partly)")
                        : "NO INDEX, wants " + advice.wantedName() + advice.wantedColumns();
                parts.add(access.table() + (access.via().isEmpty() ? "" : " via " + access.via())
                        + (access.equality().isEmpty() ? "" : " eq" + access.equality())
                        + (access.ranges().isEmpty() ? "" : " range" + access.ranges())
                        + (access.sort().isEmpty() ? "" : " sort" + access.sort()) + " -> " + verdict);
            }
            lines.add(query.declared().name() + ": " + String.join("; ", parts));
        }
        return lines;
    }
}
