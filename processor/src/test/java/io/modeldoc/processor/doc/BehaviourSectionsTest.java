package io.modeldoc.processor.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modeldoc.processor.model.Attribute;
import io.modeldoc.processor.model.AttributeKind;
import io.modeldoc.processor.model.Callback;
import io.modeldoc.processor.model.Cardinality;
import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.NamedQuery;
import io.modeldoc.processor.model.Relationship;
import io.modeldoc.processor.model.SqlType;
import io.modeldoc.processor.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sections fed by what entities do rather than what they hold: Data Flow, Performance,
 * Testing Strategy, Monitoring &amp; Maintenance, and the risks the model shows.
 */
class BehaviourSectionsTest {

    private final DataModel model = ShopModel.model();
    private final Map<String, String> documents = DocumentRendererTest.render(model, TestSql.POSTGRESQL);
    private final String orders = documents.get("order-management.md");
    private final String customers = documents.get("customers.md");

    private static Map<String, String> render(DataModel model, io.modeldoc.processor.sql.Dialect dialect) {
        return DocumentRendererTest.render(model, dialect);
    }

    @Test
    void unindexedForeignKeysOnPostgreSqlAreAQueryOptimizationAndARisk() {
        assertTrue(orders.contains("- **Foreign key without an index**: `order_line(order_id)` (`fk_order_line_order_id`): PostgreSQL does not"
                + " index foreign keys, so deleting or updating a row of `purchase_order`, and every join from it, scans `order_line`;"
                + " add an index on `order_line(order_id)`\n"));
        assertTrue(orders.contains("- **Foreign key without an index**: `purchase_order_tag(tags_id)`"), "the primary key serves only its leading column");
        assertFalse(orders.contains("without an index**: `purchase_order_tag(purchase_order_id)`"));
        assertTrue(orders.contains("- **Indexes**: 5 primary keys, 3 unique keys and 1 performance index; 3 of 5 foreign keys are the leading columns of a key or index\n"));
        assertTrue(orders.contains("- **2 foreign keys without an index on PostgreSQL**: `order_line(order_id)`, `purchase_order_tag(tags_id)` [Impact: Medium]"));

        String sqlServer = render(model, io.modeldoc.processor.sql.Dialects.named("sqlserver")).get("order-management.md");
        assertTrue(sqlServer.contains("(`fk_order_line_order_id`): SQL Server does not index foreign keys"), "named after the database shown");
        assertTrue(sqlServer.contains("- **2 foreign keys without an index on SQL Server**:"));

        String mysql = render(model, TestSql.MYSQL).get("order-management.md");
        assertFalse(mysql.contains("without an index"), "MySQL indexes foreign keys itself");
        assertTrue(mysql.contains("; the database indexes foreign keys itself (5 foreign keys)\n"));
    }

    @Test
    void dataFlowTellsCascadesGeneratedValuesAndVersionChecksInOrder() {
        assertTrue(orders.contains("### Create/Update Flow\n"
                + "1. **Cascades**: [PurchaseOrder](#purchaseorder) `shippingLabel` → [ShippingLabel](#shippinglabel): every operation, orphans deleted;"
                + " [PurchaseOrder](#purchaseorder) `lines` → [OrderLine](#orderline): persist, merge, remove, orphans deleted\n"
                + "2. **Generated values**: `id` of [PurchaseOrder](#purchaseorder): sequence purchase_order_seq\n"
                + "3. **Optimistic locking**: each update of [PurchaseOrder](#purchaseorder) (`version`) checks and increments the version"), orders);
        assertTrue(customers.contains("1. **Generated values**: `id` of [Customer](#customer): identity column\n"));
        assertFalse(orders.contains("### Query Flow"), "no named query");
    }

    @Test
    void queriesCallbacksAuditAndCacheFeedTheirSections() {
        Entity base = ShopModel.customer();
        List<Attribute> attributes = new ArrayList<>(base.attributes());
        attributes.add(new Attribute("createdAt", "Instant", AttributeKind.BASIC, List.of("created_at"), "", "", List.of(), null, "creation time"));
        attributes.add(new Attribute("createdBy", "String", AttributeKind.BASIC, List.of("created_by"), "", "", List.of(), null, "creating user"));
        Entity customer = base.toBuilder()
                .attributes(attributes)
                .queries(List.of(new NamedQuery("Customer.byEmail", "select c from Customer c\nwhere c.email = :email", false),
                        new NamedQuery("Customer.countAll", "select count(*) from customer", true)))
                .callbacks(List.of(new Callback("PrePersist", "Customer.normalise"), new Callback("PostUpdate", "ChangeLog.changed")))
                .cache("READ_WRITE")
                .cacheRegion("customers")
                .audited(true)
                .build();
        List<Entity> entities = new ArrayList<>(model.entities());
        entities.set(0, customer);
        String document = render(new DataModel(model.features(), entities, model.tables(), model.sequences()), TestSql.POSTGRESQL)
                .get("customers.md");
        assertTrue(document.contains("1. **Lifecycle callbacks**: [Customer](#customer): `@PrePersist` `Customer.normalise`,"
                + " `@PostUpdate` `ChangeLog.changed`\n2. **Generated values**: `id` of [Customer](#customer): identity column\n"
                + "3. **Audit values**: [Customer](#customer) `createdAt` (creation time), `createdBy` (creating user)\n"), document);
        assertTrue(document.contains("### Query Flow\n1. `Customer.byEmail` on [Customer](#customer) (JPQL) — reads `customer` by "
                + "`email` =: served by `uk_customer_email`:\n\n"
                + "   ```jpql\n   select c from Customer c\n   where c.email = :email\n   ```\n"
                + "2. `Customer.countAll` on [Customer](#customer) (SQL): `select count(*) from customer` — not analysed: ModelDoc "
                + "does not read native SQL\n"), document);
        assertTrue(document.contains("- **Read Patterns**: named queries `Customer.byEmail`, `Customer.countAll`\n"), document);
        assertTrue(document.contains("### Caching Strategy\n- [Customer](#customer): second-level cache, `READ_WRITE` (Hibernate `@Cache`),"
                + " in region `customers`: soft locks keep reads consistent with concurrent updates\n"), document);
        assertTrue(document.contains("**Audit requirements**:\n- [Customer](#customer): Changes are logged with the user."
                + " Hibernate Envers keeps every revision of its rows (`@Audited`)."
                + " `createdAt` records the creation time and `createdBy` records the creating user.\n"), document);
        assertTrue(document.contains("- [ ] The named queries `Customer.byEmail` and `Customer.countAll` run on the schema and return the "
                + "expected rows\n"), document);
        assertTrue(document.contains("- **Query Performance**: time the named queries `Customer.byEmail` and `Customer.countAll`\n"), document);
    }

    @Test
    void testingStrategyIsAChecklistDerivedFromTheRules() {
        // One line for the Bean Validation constraints of every entity, not one per annotation: the attribute rows state them.
        assertTrue(orders.contains("### Unit Tests\n- [ ] Bean Validation, for each of [OrderLine](#orderline) (2 constraints) and "
                + "[PurchaseOrder](#purchaseorder) (3 constraints): a valid instance passes, and one breaking any one of its constraints "
                + "is rejected\n"), orders);
        assertTrue(orders.contains("- [ ] [PurchaseOrder](#purchaseorder) BR-7: The total equals the sum of the lines (checked in the application)\n"));
        assertTrue(orders.contains("### Integration Tests\n- [ ] Each database CHECK rejects a row breaking its rule: BR-8 "
                + "(`ck_purchase_order_br8`, [PurchaseOrder](#purchaseorder)) and “Labels are lower-case.” (`ck_tag_label`, [Tag](#tag))\n"),
                orders);
        assertTrue(orders.contains("- [ ] Each unique key (`uk_purchase_order_order_number`, `uk_purchase_order_shipping_label_id` and "
                + "`uk_tag_label`) rejects a second row with the same values\n"), orders);
        assertTrue(orders.contains("- [ ] [PurchaseOrder](#purchaseorder) `lines`: persist, merge and remove reach the order lines;"
                + " one taken out of the collection is deleted\n"));
        assertTrue(orders.contains("- [ ] [PurchaseOrder](#purchaseorder): of two concurrent updates of one row, the second fails"));
        long unitTests = orders.lines().filter(l -> l.startsWith("- [ ] ")).count();
        assertEquals(8, unitTests,
                "one line for the constraints, one for the checks, one for the unique keys; one per application rule, cascade, version"
                        + " and target");
    }

    @Test
    void monitoringWatchesVolumeQueriesAndApplicationRules() {
        // The volume is stated once, under Usage Patterns.
        assertTrue(orders.contains("- **Data Volume**: row counts and size of `order_line`, `purchase_order`, `purchase_order_tag`,"
                + " `shipping_label` and `tag`, against the volume stated under Usage Patterns\n"), orders);
        assertTrue(orders.contains("- **Data Quality**: count the rows breaking the rules no database constraint enforces: BR-7 ([PurchaseOrder](#purchaseorder))\n"));
        assertTrue(orders.contains("- **Index Maintenance**: the index listed under Indexes: `ANALYZE` after bulk loads"), orders);
        assertFalse(customers.contains("## Monitoring"), "Customers states no volume, query, target, archival or index");
    }

    @Test
    void riskAssessmentAddsRemovalsAcrossFeaturesAndWideTables() {
        Entity base = ShopModel.customer();
        Relationship cascadeIntoOrders = new Relationship("orders", Cardinality.ONE_TO_MANY, "io.shop.orders.PurchaseOrder", false,
                "customer", List.of(), "", true, List.of("ALL"), "LAZY", false);
        Entity customer = base.toBuilder().relationships(List.of(cascadeIntoOrders)).build();
        List<Column> columns = new ArrayList<>(ShopModel.customerTable().columns());
        for (int i = columns.size(); i <= ModelRisks.WIDE_TABLE_COLUMNS; i++) {
            columns.add(new Column("extra_" + i, SqlType.INTEGER, 0, 0, 0, true, false, false, List.of(), List.of(), ""));
        }
        Table wide = new Table("customer", base.qualifiedName(), "", columns, List.of("id"), List.of(), List.of(), List.of(), List.of());
        List<Entity> entities = new ArrayList<>(model.entities());
        entities.set(0, customer);
        List<Table> tables = new ArrayList<>(model.tables());
        tables.set(0, wide);
        String document = render(new DataModel(model.features(), entities, tables, model.sequences()), TestSql.POSTGRESQL).get("customers.md");
        assertTrue(document.contains("### Technical Risks\n- **Removal cascades into feature Order Management**: [Customer](#customer) `orders`"
                + " → [PurchaseOrder](order-management.md#purchaseorder) [Impact: High] - "), document);
        assertTrue(document.contains("- **Wide table `customer`: 31 columns** [Impact: Medium] - "), document);
        assertFalse(orders.contains("Removal cascades"), "cascades within a feature stay inside its aggregates");
    }
}
