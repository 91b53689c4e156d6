package io.modeldoc.processor.doc;

import io.modeldoc.processor.model.AccessPolicy;
import io.modeldoc.processor.model.Attribute;
import io.modeldoc.processor.model.AttributeKind;
import io.modeldoc.processor.model.Cardinality;
import io.modeldoc.processor.model.Check;
import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.Feature;
import io.modeldoc.processor.model.ForeignKey;
import io.modeldoc.processor.model.Index;
import io.modeldoc.processor.model.Relationship;
import io.modeldoc.processor.model.RiskNote;
import io.modeldoc.processor.model.Rule;
import io.modeldoc.processor.model.Sensitivity;
import io.modeldoc.processor.model.Sequence;
import io.modeldoc.processor.model.SqlType;
import io.modeldoc.processor.model.Table;
import io.modeldoc.processor.model.UniqueKey;
import io.modeldoc.processor.model.Usage;
import java.util.List;

/**
 * A small shop, built by hand: feature Customers (one entity, no usage, dependencies or risks)
 * and feature Order Management (four entities and a join table), with a foreign key between
 * them, an embedded address, every association kind, rules with and without CHECK, sensitive
 * attributes with and without protection, access policies, risks, usage, and hostile text.
 */
final class ShopModel {

    static final String HOSTILE = "Stock keeping unit | `SKU-1` <script>alert(1)</script>\nsecond line [x](http://evil) *bold*";

    private ShopModel() {
    }

    static DataModel model() {
        return new DataModel(List.of(customers(), orders()),
                List.of(customer(), orderLine(), purchaseOrder(), shippingLabel(), tag()),
                List.of(customerTable(), orderLineTable(), purchaseOrderTable(), purchaseOrderTagTable(), shippingLabelTable(), tagTable()),
                List.of(new Sequence("purchase_order_seq", 1, 50)));
    }

    static Feature customers() {
        return new Feature("Customers", "customers", "io.shop.customers", "Dana Kim", "Approved", "",
                "Everyone who buys from the shop.", List.of("A customer's contact details and delivery address."),
                Usage.NONE, List.of(), List.of(), List.of());
    }

    static Feature orders() {
        return new Feature("Order Management", "order-management", "io.shop.orders", "Priya Raman", "In Review", "2026-11-02",
                "Orders placed in the web shop and by phone.\n\nPrices are copied onto each line, so that later\ncatalogue changes never alter a placed order.",
                List.of("Who ordered what, at which price.", "Where each order stands, from checkout to delivery."),
                new Usage(List.of("A customer's recent orders, newest first", "Open orders by status"),
                        List.of("One insert per order and per line at checkout"), "40,000 orders a month", "+20 % a year",
                        "Order history under 100 ms at the 95th percentile"),
                List.of("Catalogue service: prices and stock"), List.of("Warehouse system: shipments", "Finance: invoices"),
                List.of(new RiskNote("Data loss", "Technical", "High", "Point-in-time recovery, tested monthly"),
                        new RiskNote("Compliance issues", "Business", "Critical", "")));
    }

    /** An entity whose simple and entity names are the last part of its qualified name. */
    private static Entity.Builder entity(String qualifiedName, String feature, String table) {
        String simpleName = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
        return Entity.builder(qualifiedName).simpleName(simpleName).entityName(simpleName).featureSlug(feature).table(table);
    }

    static Entity customer() {
        return entity("io.shop.customers.Customer", "customers", "customer")
                .purpose("A person or company that buys from the shop.")
                .attributes(List.of(id("identity column"),
                        basic("email", "String", "email", "Where receipts are sent.", List.of("not null", "email"),
                                new Sensitivity("PII", "Encrypted at rest; masked in logs")),
                        basic("phone", "String", "phone", "", List.of(), new Sensitivity("PII", "")),
                        basic("address.street", "String", "street", "Street and number.", List.of("size ≤ 120"), null),
                        basic("address.city", "String", "city", "", List.of(), null)))
                .access(new AccessPolicy(List.of("customer-service"), List.of("crm"), "Changes are logged with the user"))
                .build();
    }

    static Entity purchaseOrder() {
        return entity("io.shop.orders.PurchaseOrder", "order-management", "purchase_order")
                .purpose("One checkout by one customer; the unit the warehouse ships and finance invoices.")
                .attributes(List.of(id("sequence purchase_order_seq"),
                        basic("orderNumber", "String", "order_number", "Number printed on the invoice.",
                                List.of("not null", "pattern ORD-[0-9]{8}"), null),
                        attr("customer", "Customer", AttributeKind.TO_ONE, List.of("customer_id"), "Who placed the order."),
                        basic("status", "OrderStatus", "status", "Where the order stands.", List.of(), null),
                        basic("totalAmount", "BigDecimal", "total_amount", "Sum of the lines, tax included.", List.of("≥ 0"), null),
                        attr("shippingLabel", "ShippingLabel", AttributeKind.TO_ONE, List.of("shipping_label_id"), ""),
                        attr("lines", "List<OrderLine>", AttributeKind.TO_MANY, List.of(), "The ordered items."),
                        attr("tags", "Set<Tag>", AttributeKind.TO_MANY, List.of(), ""),
                        attr("version", "int", AttributeKind.VERSION, List.of("version"), "")))
                .relationships(List.of(new Relationship("customer", Cardinality.MANY_TO_ONE, "io.shop.customers.Customer", true, "",
                                List.of("customer_id"), "", false, List.of(), "LAZY", false),
                        new Relationship("shippingLabel", Cardinality.ONE_TO_ONE, "io.shop.orders.ShippingLabel", true, "",
                                List.of("shipping_label_id"), "", true, List.of("ALL"), "EAGER", true),
                        new Relationship("lines", Cardinality.ONE_TO_MANY, "io.shop.orders.OrderLine", false, "order",
                                List.of(), "", true, List.of("PERSIST", "MERGE", "REMOVE"), "LAZY", true),
                        new Relationship("tags", Cardinality.MANY_TO_MANY, "io.shop.orders.Tag", true, "",
                                List.of("purchase_order_id"), "purchase_order_tag", true, List.of(), "LAZY", false)))
                .rules(List.of(new Rule("BR-8", "A cancelled order is never shipped.", "status <> 'SHIPPED' or status = 'CANCELLED'", "", "ck_purchase_order_br8"),
                        new Rule("BR-7", "The total equals the sum of the lines.", "", "totalAmount", "")))
                .usage(new Usage(List.of("Looked up by order number from the invoice"), List.of(), "3 million kept online", "", ""))
                .access(new AccessPolicy(List.of("customer-service", "warehouse"), List.of("checkout-service"),
                        "Every status change is logged"))
                .risks(List.of(new RiskNote("Price changes during checkout", "Business", "High", "Prices are copied onto each line")))
                .build();
    }

    static Entity orderLine() {
        return entity("io.shop.orders.OrderLine", "order-management", "order_line")
                .purpose("One product in an order, with the price paid.")
                .attributes(List.of(id(""),
                        attr("order", "PurchaseOrder", AttributeKind.TO_ONE, List.of("order_id"), "The order it belongs to."),
                        basic("sku", "String", "sku", HOSTILE, List.of("not blank"), null),
                        basic("quantity", "int", "quantity", "How many.", List.of("≥ 1"), null),
                        basic("unitPrice", "BigDecimal", "unit_price", "Price of one unit when ordered.", List.of(), null)))
                .relationships(List.of(new Relationship("order", Cardinality.MANY_TO_ONE, "io.shop.orders.PurchaseOrder", true, "",
                        List.of("order_id"), "", false, List.of(), "LAZY", false)))
                .build();
    }

    static Entity shippingLabel() {
        return entity("io.shop.orders.ShippingLabel", "order-management", "shipping_label")
                .purpose("The carrier's label for one parcel.")
                .attributes(List.of(id(""),
                        basic("carrier", "String", "carrier", "Who delivers.", List.of(), null),
                        attr("order", "PurchaseOrder", AttributeKind.TO_ONE, List.of(), "")))
                .relationships(List.of(new Relationship("order", Cardinality.ONE_TO_ONE, "io.shop.orders.PurchaseOrder", false,
                        "shippingLabel", List.of(), "", true, List.of(), "LAZY", false)))
                .build();
    }

    static Entity tag() {
        return entity("io.shop.orders.Tag", "order-management", "tag")
                .attributes(List.of(id(""),
                        basic("label", "String", "label", "", List.of(), null),
                        attr("orders", "Set<PurchaseOrder>", AttributeKind.TO_MANY, List.of(), "")))
                .relationships(List.of(new Relationship("orders", Cardinality.MANY_TO_MANY, "io.shop.orders.PurchaseOrder", false,
                        "tags", List.of(), "", true, List.of(), "LAZY", false)))
                .rules(List.of(new Rule("", "Labels are lower-case.", "label = lower(label)", "label", "ck_tag_label")))
                .build();
    }

    static Table customerTable() {
        return new Table("customer", "io.shop.customers.Customer", "", List.of(
                new Column("id", SqlType.BIGINT, 0, 0, 0, false, false, true, List.of(), List.of(), ""),
                new Column("email", SqlType.VARCHAR, 254, 0, 0, false, true, false, List.of(), List.of(), "Where receipts are sent."),
                column("phone", SqlType.VARCHAR, 32, true),
                column("street", SqlType.VARCHAR, 120, true),
                column("city", SqlType.VARCHAR, 80, true)),
                List.of("id"), List.of(), List.of(), List.of(), List.of());
    }

    static Table purchaseOrderTable() {
        return new Table("purchase_order", "io.shop.orders.PurchaseOrder", "", List.of(
                column("id", SqlType.BIGINT, 0, false),
                new Column("order_number", SqlType.VARCHAR, 20, 0, 0, false, true, false, List.of(), List.of(), ""),
                column("customer_id", SqlType.BIGINT, 0, false),
                new Column("status", SqlType.ENUM_STRING, 16, 0, 0, false, false, false,
                        List.of("NEW", "PAID", "SHIPPED", "CANCELLED"), List.of(), ""),
                new Column("total_amount", SqlType.NUMERIC, 0, 12, 2, false, false, false, List.of(), List.of("total_amount>=0"), ""),
                new Column("shipping_label_id", SqlType.BIGINT, 0, 0, 0, true, true, false, List.of(), List.of(), ""),
                column("version", SqlType.INTEGER, 0, false)),
                List.of("id"),
                List.of(new ForeignKey("", List.of("customer_id"), "customer", List.of("id")),
                        new ForeignKey("", List.of("shipping_label_id"), "shipping_label", List.of("id"))),
                List.of(),
                List.of(new Index("idx_purchase_order_customer_status",
                        List.of(new Index.IndexColumn("customer_id", ""), new Index.IndexColumn("status", "desc")), false)),
                List.of(new Check("ck_purchase_order_br8", "status <> 'SHIPPED' or status = 'CANCELLED'")));
    }

    static Table orderLineTable() {
        return new Table("order_line", "io.shop.orders.OrderLine", "", List.of(
                column("id", SqlType.BIGINT, 0, false),
                column("order_id", SqlType.BIGINT, 0, false),
                new Column("sku", SqlType.VARCHAR, 40, 0, 0, false, false, false, List.of(), List.of(), "Stock \"keeping\" <unit>\nline two"),
                new Column("quantity", SqlType.INTEGER, 0, 0, 0, false, false, false, List.of(), List.of("quantity>=1"), ""),
                new Column("unit_price", SqlType.NUMERIC, 0, 12, 2, false, false, false, List.of(), List.of(), "")),
                List.of("id"), List.of(new ForeignKey("", List.of("order_id"), "purchase_order", List.of("id"))),
                List.of(), List.of(), List.of());
    }

    static Table purchaseOrderTagTable() {
        return new Table("purchase_order_tag", "", "", List.of(
                column("purchase_order_id", SqlType.BIGINT, 0, false),
                column("tags_id", SqlType.BIGINT, 0, false)),
                List.of("purchase_order_id", "tags_id"),
                List.of(new ForeignKey("", List.of("purchase_order_id"), "purchase_order", List.of("id")),
                        new ForeignKey("", List.of("tags_id"), "tag", List.of("id"))),
                List.of(), List.of(), List.of());
    }

    static Table shippingLabelTable() {
        return new Table("shipping_label", "io.shop.orders.ShippingLabel", "", List.of(
                column("id", SqlType.BIGINT, 0, false),
                column("carrier", SqlType.VARCHAR, 255, true)),
                List.of("id"), List.of(), List.of(), List.of(), List.of());
    }

    static Table tagTable() {
        return new Table("tag", "io.shop.orders.Tag", "", List.of(
                column("id", SqlType.BIGINT, 0, false),
                column("label", SqlType.VARCHAR, 40, false)),
                List.of("id"), List.of(), List.of(new UniqueKey("", List.of("label"))), List.of(),
                List.of(new Check("ck_tag_label", "label = lower(label)")));
    }

    private static Attribute id(String generation) {
        return new Attribute("id", "Long", AttributeKind.ID, List.of("id"), "", generation, List.of(), null, "");
    }

    private static Attribute basic(String name, String type, String column, String description, List<String> validations, Sensitivity sensitivity) {
        return new Attribute(name, type, AttributeKind.BASIC, List.of(column), description, "", validations, sensitivity, "");
    }

    private static Attribute attr(String name, String type, AttributeKind kind, List<String> columns, String description) {
        return new Attribute(name, type, kind, columns, description, "", List.of(), null, "");
    }

    private static Column column(String name, SqlType type, int length, boolean nullable) {
        return new Column(name, type, length, 0, 0, nullable, false, false, List.of(), List.of(), "");
    }
}
