package io.modeldoc.processor.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.modeldoc.processor.support.Fixtures;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * The compiler's word on the shop fixture's queries: a warning on the repository method or the {@code @NamedQuery} for
 * each search no key or index serves on a table of large or unstated volume, naming the index that would serve it; a
 * note on each query not analysed; nothing for the small table, and nothing at all with the lint off.
 */
class QueryWarningsTest {

    private static final String ORDERS_BY_CUSTOMER = "searches table orders (volume: about 2 million orders) by customer_id =, "
            + "which no key or index serves on PostgreSQL; an index on orders(customer_id) would serve it, e.g. "
            + "@Index(name = \"idx_orders_customer_id\", columnList = \"customer_id\") in the @Table of PurchaseOrder "
            + "(or set -Amodeldoc.lint=off).";

    private static final Compilation WARN = compile("warn");

    private static Compilation compile(String lint) {
        return Fixtures.compile(Fixtures.sources("queries"), "modeldoc.dialects=postgresql,mysql", "modeldoc.lint=" + lint);
    }

    private static long count(Compilation compilation, Diagnostic.Kind kind, String tag) {
        return compilation.diagnostics().stream()
                .filter(d -> d.getKind() == kind && d.getMessage(null).startsWith("[modeldoc:" + tag + "]")).count();
    }

    @Test
    void anUnservedDerivedQueryIsWarnedAboutOnItsMethodNamingTheIndexThatWouldServeIt() {
        Compilation compilation = WARN;
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[modeldoc:unindexed-query] Query OrderRepository.findByCustomerAddressCity "
                        + "searches table Customer (volume: about 2 million orders) by city =, which no key or index serves on "
                        + "PostgreSQL, MySQL; an index on Customer(city) would serve it, e.g. @Index(name = \"idx_customer_city\", "
                        + "columnList = \"city\") in the @Table of Customer (or set -Amodeldoc.lint=off).")
                .inFile(Fixtures.source("queries", "shop/OrderRepository.java")).onLineContaining("findByCustomerAddressCity(");
        // the foreign key MySQL indexes by itself is a gap on PostgreSQL only
        assertThat(compilation).hadWarningContaining("[modeldoc:unindexed-query] Query OrderRepository.findByCustomerEmail "
                        + ORDERS_BY_CUSTOMER)
                .inFile(Fixtures.source("queries", "shop/OrderRepository.java")).onLineContaining("findByCustomerEmail(");
        assertThat(compilation).hadWarningContaining("[modeldoc:unindexed-query] Query OrderRepository.countByPlacedAtBetween "
                        + "searches table orders (volume: about 2 million orders) by placed_at range, which no key or index serves "
                        + "on PostgreSQL, MySQL; an index on orders(placed_at) would serve it")
                .inFile(Fixtures.source("queries", "shop/OrderRepository.java")).onLineContaining("countByPlacedAtBetween(");
        // a join table has no volume of its own: the index goes in the mapping of the association
        assertThat(compilation).hadWarningContaining("[modeldoc:unindexed-query] Query CustomerRepository.findByTagsName searches table "
                        + "Customer_Tag (no volume stated) by tags_id =, which no key or index serves on PostgreSQL; an index on "
                        + "Customer_Tag(tags_id) would serve it, e.g. @Index(name = \"idx_customer_tag_tags_id\", columnList = "
                        + "\"tags_id\") in the @JoinTable or @CollectionTable of Customer_Tag (or set -Amodeldoc.lint=off).")
                .inFile(Fixtures.source("queries", "shop/CustomerRepository.java")).onLineContaining("findByTagsName(");
        assertThat(compilation).hadWarningContaining("[modeldoc:unindexed-query] Query OrderRepository.expensive searches table orders")
                .inFile(Fixtures.source("queries", "shop/OrderRepository.java")).onLineContaining("List<PurchaseOrder> expensive(");
    }

    @Test
    void anUnservedNamedQueryIsWarnedAboutOnItsOwnAnnotationAmongRepeatedOnes() {
        Compilation compilation = WARN;
        assertThat(compilation).hadWarningContaining("[modeldoc:unindexed-query] Query PurchaseOrder.ofCustomer " + ORDERS_BY_CUSTOMER)
                .inFile(Fixtures.source("queries", "shop/PurchaseOrder.java")).onLineContaining("name = \"PurchaseOrder.ofCustomer\"");
        assertThat(compilation).hadWarningContaining("[modeldoc:unindexed-query] Query PurchaseOrder.recent searches table orders "
                        + "(volume: about 2 million orders) by placed_at range")
                .inFile(Fixtures.source("queries", "shop/PurchaseOrder.java")).onLineContaining("name = \"PurchaseOrder.recent\"");
    }

    @Test
    void whatIsServedOrSmallOrAFullScanByChoiceIsNotWarnedAbout() {
        Compilation compilation = WARN;
        // served by indexes: findByStatusOrderByPlacedAtDesc, existsByStatusIn, findTop10By…; order_line is stated small;
        // findBySkuIgnoreCase searches by nothing an index could use
        assertThat(compilation.diagnostics()).noneMatch(d -> d.getMessage(null).contains("findByStatusOrderByPlacedAtDesc")
                || d.getMessage(null).contains("existsByStatusIn") || d.getMessage(null).contains("findTop10By")
                || d.getMessage(null).contains("LineRepository"));
        assertThat(count(compilation, Diagnostic.Kind.WARNING, "unindexed-query")).isEqualTo(10);
    }

    @Test
    void aQueryNotAnalysedIsANoteSayingWhy() {
        Compilation compilation = WARN;
        assertThat(compilation).hadNoteContaining("[modeldoc:query-not-analysed] Query OrderRepository.findByCustomerNickname is not "
                        + "analysed: Spring Data would refuse it: PurchaseOrder has no property path CustomerNickname. The document "
                        + "shows it without the indexes it uses.")
                .inFile(Fixtures.source("queries", "shop/OrderRepository.java")).onLineContaining("findByCustomerNickname(");
        assertThat(compilation).hadNoteContaining("[modeldoc:query-not-analysed] Query PurchaseOrder.totals is not analysed: "
                        + "ModelDoc does not read native SQL.")
                .inFile(Fixtures.source("queries", "shop/PurchaseOrder.java")).onLineContaining("@NamedNativeQuery");
        assertThat(count(compilation, Diagnostic.Kind.NOTE, "query-not-analysed")).isEqualTo(4);
    }

    @Test
    void theLintDecidesWhetherTheyAreWarningsErrorsOrNothing() {
        Compilation off = compile("off");
        assertThat(off).succeeded();
        assertThat(off.diagnostics()).noneMatch(d -> d.getMessage(null).contains("unindexed-query")
                || d.getMessage(null).contains("query-not-analysed"));
        Compilation error = compile("error");
        assertThat(error).failed();
        assertThat(count(error, Diagnostic.Kind.ERROR, "unindexed-query")).isEqualTo(10);
        assertThat(count(error, Diagnostic.Kind.NOTE, "query-not-analysed")).isEqualTo(4);
    }

    @Test
    void everyEntityIsStillDocumented() {
        assertThat(Fixtures.output(WARN, "shop.md")).contains("### Customer", "### PurchaseOrder", "### OrderLine");
    }
}
