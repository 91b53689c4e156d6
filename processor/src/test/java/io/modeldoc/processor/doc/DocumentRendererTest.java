package io.modeldoc.processor.doc;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.Feature;
import io.modeldoc.processor.model.Usage;
import io.modeldoc.processor.render.Renderer;
import io.modeldoc.processor.render.Templates;
import io.modeldoc.processor.sql.Dialect;
import io.modeldoc.processor.support.Goldens;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DocumentRendererTest {

    /** The design template's section and subsection headings, in its order. */
    static final List<String> TEMPLATE_HEADINGS = RenderedMarkdown.TEMPLATE.entrySet().stream()
            .flatMap(section -> Stream.concat(Stream.of("## " + section.getKey()),
                    section.getValue().stream().map(sub -> "### " + sub)))
            .toList();

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]*)\\)");

    private final DataModel model = ShopModel.model();
    private final Map<String, String> documents = render(model, TestSql.POSTGRESQL);
    private final String orders = documents.get("order-management.md");
    private final String customers = documents.get("customers.md");

    static Map<String, String> render(DataModel model, Dialect dialect) {
        Map<String, String> byPath = new LinkedHashMap<>();
        new DocumentRenderer(new Renderer(Templates.builtIn()))
                .render(model, dialect, TestSql.script(model, dialect), TestSql.NAMER)
                .forEach(file -> byPath.put(file.path(), file.content()));
        return byPath;
    }

    @Test
    void writesOneDocumentPerFeatureThenTheIndex() {
        assertEquals(List.of("customers.md", "order-management.md", "index.md"), List.copyOf(documents.keySet()));
    }

    @Test
    void headingsFollowTheTemplatesOrder() {
        for (String document : List.of(orders, customers)) {
            List<String> headings = sectionHeadings(document);
            assertTrue(headings.get(0).startsWith("# Data Model Design: "), headings.get(0));
            List<String> rest = headings.subList(1, headings.size());
            List<String> inTemplateOrder = TEMPLATE_HEADINGS.stream().filter(rest::contains).toList();
            assertEquals(inTemplateOrder, rest);
        }
        assertEquals(List.of("# Data Model Design: Order Management", "## Overview", "## Business Context",
                "### Data Requirements", "### Usage Patterns", "## Current Data Model Analysis", "### Existing Entities",
                "### Integration Points", "## Proposed Data Model", "### New Entities", "## Database Schema", "### Tables",
                "### Indexes", "## Data Flow", "### Create/Update Flow", "## Data Validation", "### Business Rules Validation",
                "### Data Integrity", "## Performance Considerations", "### Query Optimization", "### Archival Strategy",
                "## Security Considerations", "### Access Control", "## Testing Strategy", "### Unit Tests",
                "### Integration Tests", "## Monitoring & Maintenance", "### Metrics to Monitor", "### Maintenance Tasks",
                "## Dependencies", "### Upstream Systems", "### Downstream Systems", "## Risk Assessment",
                "### Technical Risks", "### Business Risks"),
                sectionHeadings(orders));
    }

    @Test
    void sectionsThatNothingFeedsAreLeftOut() {
        assertFalse(customers.contains("## Dependencies"), "no @Dependencies");
        assertFalse(customers.contains("### Usage Patterns"), "no @UsagePatterns");
        assertFalse(customers.contains("### Technical Risks"), "no technical risk");
        assertFalse(customers.contains("| **Date** |"), "no date given");
        assertFalse(orders.contains("### Data Protection"), "no sensitive attribute");
        assertFalse(orders.contains("[") && orders.contains("[DATE]"), "no placeholders");

        Feature empty = new Feature("Reporting", "reporting", "io.shop.reporting", "", "", "", "", List.of(),
                Usage.NONE, List.of(), List.of(), List.of());
        DataModel withEmpty = new DataModel(List.of(ShopModel.customers(), ShopModel.orders(), empty),
                model.entities(), model.tables(), model.sequences());
        assertEquals("# Data Model Design: Reporting\n\n## Overview\n\n| | |\n|---|---|\n| **Feature** | Reporting |\n",
                render(withEmpty, TestSql.POSTGRESQL).get("reporting.md"));
    }

    @Test
    void overviewLinksEveryEntity() {
        assertTrue(orders.contains("| **Entities** | [OrderLine](#orderline), [PurchaseOrder](#purchaseorder), "
                + "[ShippingLabel](#shippinglabel), [Tag](#tag) |"), orders);
        assertTrue(customers.contains("| **Data Architect** | Dana Kim |"));
    }

    @Test
    void attributeRowsShowColumnsTypesAndConstraints() {
        assertTrue(orders.contains("| `id` | `Long` | `id` | `bigint` | primary key, sequence purchase_order_seq | |"));
        assertTrue(orders.contains("| `orderNumber` | `String` | `order_number` | `varchar(20)` | not null, unique, "
                + "`pattern ORD-[0-9]{8}` | Number printed on the invoice. |"));
        assertTrue(orders.contains("| `customer` | `Customer` | `customer_id` | `bigint` | not null, foreign key → `customer` (on delete: no action) | Who placed the order. |"));
        assertTrue(orders.contains("| `status` | `OrderStatus` | `status` | `varchar(16)` | not null, one of `NEW`, `PAID`, `SHIPPED`, `CANCELLED` |"));
        assertTrue(orders.contains("| `lines` | `List<OrderLine>` | — | — | → [OrderLine](#orderline), mapped by `OrderLine.order` | The ordered items. |"));
        assertTrue(orders.contains("| `tags` | `Set<Tag>` | — | — | → [Tag](#tag), join table `purchase_order_tag` | |"));
        assertTrue(orders.contains("| `version` | `int` | `version` | `integer` | optimistic lock version, not null | |"));
        assertTrue(customers.contains("| `email` | `String` | `email` | `varchar(254)` | not null, unique, email, sensitive: PII | Where receipts are sent. |"));
        assertTrue(customers.contains("| `address.street` | `String` | `street` | `varchar(120)` | at most 120 characters | Street and number. |"), "embedded attribute");
    }

    @Test
    void relationshipsAreToldInPlainWords() {
        assertTrue(orders.contains("- Each purchase order belongs to exactly one [Customer](customers.md#customer) "
                + "(many-to-one, owning side, column `customer_id`, fetched lazily)."));
        assertTrue(orders.contains("- Each purchase order has at most one [ShippingLabel](#shippinglabel) (one-to-one, owning side, "
                + "column `shipping_label_id`, fetched eagerly; every operation cascades to the shipping label; "
                + "an orphaned shipping label is deleted)."));
        assertTrue(orders.contains("- Each purchase order has zero or more [OrderLine](#orderline)s (one-to-many, mapped by "
                + "`OrderLine.order`, fetched lazily; persist, merge and remove cascade to the order lines; orphaned order lines are deleted)."));
        assertTrue(orders.contains("- Each purchase order is linked to zero or more [Tag](#tag)s (many-to-many, owning side, "
                + "join table `purchase_order_tag`, fetched lazily)."));
        assertTrue(orders.contains("- Each tag is linked to zero or more [PurchaseOrder](#purchaseorder)s (many-to-many, mapped by `PurchaseOrder.tags`, fetched lazily)."));
        assertTrue(orders.contains("- Each shipping label has at most one [PurchaseOrder](#purchaseorder) (one-to-one, mapped by `PurchaseOrder.shippingLabel`, fetched lazily)."));
    }

    @Test
    void businessRulesSayHowTheyAreEnforced() {
        assertTrue(orders.contains("- BR-8: A cancelled order is never shipped (CHECK `ck_purchase_order_br8`: "
                + "`status <> 'SHIPPED' or status = 'CANCELLED'`)."));
        assertTrue(orders.contains("- BR-7 (`totalAmount`): The total equals the sum of the lines (checked in the application)."));
        assertTrue(orders.contains("- `label`: Labels are lower-case (CHECK `ck_tag_label`: `label = lower(label)`)."));
        assertTrue(orders.contains("- **Application only**: BR-7 ([PurchaseOrder](#purchaseorder))"));
    }

    @Test
    void hostileTextStaysInsideItsCell() {
        String row = orders.lines().filter(l -> l.startsWith("| `sku` |")).findFirst().orElseThrow();
        assertEquals(7, MarkdownTest.unescapedPipes(row), row);
        assertTrue(row.contains("Stock keeping unit \\| `SKU-1` \\<script\\>alert(1)\\</script\\> second line \\[x\\](http://evil) \\*bold\\*"), row);
        for (String document : documents.values()) {
            assertFalse(document.contains("<script>"), "raw HTML reached the document");
            assertFalse(document.contains("\r"));
        }
    }

    @Test
    void hostileTextInEveryFieldIsEscaped() {
        String evil = "# x | y\n- <img src=x onerror=alert(1)> `z`";
        Feature feature = new Feature(evil, "evil", "io.evil", evil, evil, evil, evil + "\n\n" + evil, List.of(evil),
                new Usage(List.of(evil), List.of(evil), evil, evil, evil), List.of(evil), List.of(evil),
                List.of(new io.modeldoc.processor.model.RiskNote(evil, "Business", evil, evil)));
        io.modeldoc.processor.model.Entity base = ShopModel.customer();
        io.modeldoc.processor.model.Entity entity = base.toBuilder()
                .featureSlug("evil")
                .purpose(evil)
                .rules(List.of(new io.modeldoc.processor.model.Rule(evil, evil, evil, evil, evil)))
                .usage(new Usage(List.of(evil), List.of(), "", "", ""))
                .access(new io.modeldoc.processor.model.AccessPolicy(List.of(evil), List.of(evil), evil))
                .archival(evil)
                .risks(List.of())
                .queries(List.of(new io.modeldoc.processor.model.NamedQuery(evil, evil, false)))
                .callbacks(List.of(new io.modeldoc.processor.model.Callback(evil, evil)))
                .cache(evil)
                .audited(true)
                .build();
        DataModel hostile = new DataModel(List.of(feature), List.of(entity), List.of(ShopModel.customerTable()), List.of());
        Map<String, String> rendered = render(hostile, TestSql.POSTGRESQL);
        String document = rendered.get("evil.md");
        for (String text : rendered.values()) {
            assertFalse(withoutCode(text).matches("(?s).*(?<!\\\\)<.*"), "an unescaped < outside code: " + text);
            assertFalse(text.contains("\n- <"), "a line break in user text must not open a list");
        }
        assertEquals(List.of("# Data Model Design: \\# x | y - \\<img src=x onerror=alert(1)\\> \\`z\\`"),
                headings(document).subList(0, 1));
        document.lines().filter(l -> l.startsWith("| **")).forEach(row -> assertEquals(3, MarkdownTest.unescapedPipes(row), row));
        document.lines().filter(l -> l.startsWith("| [Customer]")).forEach(row -> assertEquals(4, MarkdownTest.unescapedPipes(row), row));
    }

    @Test
    void crossingForeignKeysAreIntegrationPointsOnBothSides() {
        assertTrue(orders.contains("- [Customer](customers.md#customer) (feature Customers): referenced by [PurchaseOrder](#purchaseorder)"));
        assertTrue(orders.contains("| `purchase_order` | `customer_id` | `customer` | [Customers](customers.md) |"));
        assertTrue(customers.contains("- [PurchaseOrder](order-management.md#purchaseorder) (feature Order Management): references [Customer](#customer)"));
        assertTrue(customers.contains("| `purchase_order` | `customer_id` | `customer` | [Order Management](order-management.md) |"));
    }

    @Test
    void everyLinkReachesAHeading() {
        Map<String, Set<String>> anchors = new LinkedHashMap<>();
        documents.forEach((path, text) -> anchors.put(path, headingAnchors(text)));
        int checked = 0;
        for (Map.Entry<String, String> document : documents.entrySet()) {
            Matcher m = LINK.matcher(document.getValue());
            while (m.find()) {
                String target = m.group(1);
                if (target.startsWith("http")) {
                    continue;
                }
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                String path = file.isEmpty() ? document.getKey() : file;
                assertTrue(anchors.containsKey(path), document.getKey() + " links to a missing document: " + target);
                if (hash >= 0) {
                    assertTrue(anchors.get(path).contains(target.substring(hash + 1)), document.getKey() + " links to a missing anchor: " + target);
                }
                checked++;
            }
        }
        assertTrue(checked > 30, "too few links checked: " + checked);
    }

    @Test
    void proposedModelOpensWithTheDiagram() {
        int proposed = orders.indexOf("## Proposed Data Model");
        int diagram = orders.indexOf("```mermaid\nerDiagram\n");
        assertTrue(proposed >= 0 && diagram > proposed && diagram < orders.indexOf("### New Entities"));
        assertTrue(orders.contains("    customer ||..o{ purchase_order : \"has\"\n"));
    }

    @Test
    void tablesShowTheirStatementsAndJoinTablesGoWithTheirOwner() {
        assertTrue(orders.contains("#### order_line\n```sql\ncreate table order_line (\n"));
        assertTrue(orders.contains("    primary key (id)\n);\n\nalter table if exists order_line add constraint fk_order_line_order_id "
                + "foreign key (order_id) references purchase_order;\n```\n"));
        assertTrue(orders.contains("#### purchase_order_tag\n"));
        assertFalse(customers.contains("purchase_order_tag"));
        // An index's statement is quoted once, with its table, before the table's foreign keys.
        assertTrue(orders.contains("\n\ncreate index idx_purchase_order_customer_status on purchase_order (customer_id, status desc);\n"
                + "alter table if exists purchase_order add constraint fk_purchase_order_customer_id"), orders);
    }

    @Test
    void indexesListKeysAndTheForeignKeysEachServes() {
        // One index table, no bullet or SQL copies of it.
        assertFalse(orders.contains("- **Primary Keys**"), orders);
        assertFalse(orders.contains("| | `order_line` | `id` | primary key | |\n"), "a primary key serving no foreign key: said in its row");
        assertTrue(orders.contains("| `idx_purchase_order_customer_status` | `purchase_order` | `customer_id, status desc` | index | foreign key `fk_purchase_order_customer_id` |"));
        assertTrue(orders.contains("| | `purchase_order_tag` | `purchase_order_id, tags_id` | primary key | foreign key `fk_purchase_order_tag_purchase_order_id` |"));
        assertFalse(orders.contains("**missing**"), "unindexed foreign keys are told once, under Query Optimization");
    }

    @Test
    void securityShowsProtectionAccessAndUnprotectedData() {
        assertTrue(customers.contains("| `customer.email` | PII | Encrypted at rest; masked in logs |"));
        assertTrue(customers.contains("| `customer.phone` | PII | **none stated** |"));
        assertTrue(orders.contains("| [PurchaseOrder](#purchaseorder) | customer-service, warehouse | checkout-service |\n"));
        assertTrue(orders.contains("**Audit requirements**:\n- [PurchaseOrder](#purchaseorder): Every status change is logged.\n"));
        assertTrue(customers.contains("### Business Risks\n- **PII in `customer.phone` has no stated protection** [Impact: High]"));
    }

    @Test
    void usageAndRisksComeFromTheFeatureAndItsEntities() {
        assertTrue(orders.contains("- **Volume**: 40,000 orders a month; growth: +20 % a year\n"));
        assertTrue(orders.contains("- [PurchaseOrder](#purchaseorder):\n  - **Read Patterns**: Looked up by order number from the invoice\n"));
        assertTrue(orders.contains("### Technical Risks\n- **Data loss** [Impact: High] - Point-in-time recovery, tested monthly\n"));
        assertTrue(orders.contains("- **Compliance issues** [Impact: Critical] - **no mitigation stated**\n"));
        assertTrue(orders.contains("- **Price changes during checkout** ([PurchaseOrder](#purchaseorder)) [Impact: High] - Prices are copied onto each line\n"));
    }

    @Test
    void indexListsFeaturesWithTheirDocumentationCoverage() {
        String index = documents.get("index.md");
        assertTrue(index.startsWith("# Data Model\n"));
        assertTrue(index.contains("| [Customers](customers.md) | Approved | 1 | 2/4 (50 %) |"), index);
        assertTrue(index.contains("| [Order Management](order-management.md) | In Review | 4 | 10/15 (66 %) |"));
        assertTrue(index.contains("## Order Management\n- [OrderLine](order-management.md#orderline) `order_line`: One product in an order, with the price paid.\n"));
    }

    @Test
    void renderingIsDeterministic() {
        assertEquals(documents, render(ShopModel.model(), TestSql.POSTGRESQL));
    }

    @Test
    void documentsMatchTheirGoldens() {
        // assertAll checks, and with the update flag rewrites, every file before failing.
        assertAll(documents.entrySet().stream().map(file -> () ->
                Goldens.assertMatches("DocumentRendererTest", "documentsMatchTheirGoldens", file.getKey(), file.getValue())));
    }

    /** The text without fenced blocks and code spans, where {@code <} is literal and safe. */
    static String withoutCode(String document) {
        String noFences = document.replaceAll("(?ms)^( *)(`{3,})[^\n]*\n.*?^\\1\\2\n", "");
        return noFences.replaceAll("(?<![`\\\\])(`+)(?!`).*?(?<!`)\\1(?!`)", "");
    }

    /** Level 1 to 3 headings outside code blocks. */
    static List<String> sectionHeadings(String document) {
        return headings(document).stream().filter(h -> !h.startsWith("####")).toList();
    }

    static List<String> headings(String document) {
        List<String> headings = new ArrayList<>();
        boolean inCode = false;
        for (String line : document.split("\n")) {
            if (line.strip().startsWith("```")) {
                inCode = !inCode;
            } else if (!inCode && line.startsWith("#")) {
                headings.add(line);
            }
        }
        return headings;
    }

    /** The anchors GitHub gives the document's headings, from their rendered (unescaped) text. */
    static Set<String> headingAnchors(String document) {
        Anchors anchors = new Anchors();
        Set<String> result = new java.util.HashSet<>();
        for (String heading : headings(document)) {
            String text = heading.replaceFirst("^#+ ", "").replaceAll("\\\\(\\p{Punct})", "$1");
            result.add(anchors.next(text));
        }
        return result;
    }
}
