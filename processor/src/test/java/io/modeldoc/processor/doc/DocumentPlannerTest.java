package io.modeldoc.processor.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.modeldoc.processor.model.Attribute;
import io.modeldoc.processor.model.AttributeKind;
import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.ForeignKey;
import io.modeldoc.processor.model.SqlType;
import io.modeldoc.processor.model.Table;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentPlannerTest {

    private static DocumentPlanner planner(DataModel model) {
        return new DocumentPlanner(model, TestSql.POSTGRESQL, TestSql.script(model, TestSql.POSTGRESQL), TestSql.NAMER);
    }

    @Test
    void aCollectionTableGoesWithTheEntityItsFirstForeignKeyReferences() {
        DataModel shop = ShopModel.model();
        Table phones = new Table("customer_phones", "", "", List.of(
                new Column("customer_id", SqlType.BIGINT, 0, 0, 0, false, false, false, List.of(), List.of(), ""),
                new Column("phone", SqlType.VARCHAR, 32, 0, 0, false, false, false, List.of(), List.of(), "")),
                List.of(), List.of(new ForeignKey("", List.of("customer_id"), "customer", List.of("id"))), List.of(), List.of(), List.of());
        List<Table> tables = new ArrayList<>(shop.tables());
        tables.add(1, phones);
        DocumentPlanner planner = planner(new DataModel(shop.features(), shop.entities(), tables, shop.sequences()));
        List<String> customerTables = planner.feature(ShopModel.customers()).databaseSchema().tables().stream()
                .map(DatabaseSchemaSection.TableBlock::heading).toList();
        assertEquals(List.of("customer", "customer_phones"), customerTables);
        assertEquals(List.of(), planner.feature(ShopModel.customers()).databaseSchema().indexTable().stream()
                        .filter(row -> row.kind().equals("primary key")).map(DatabaseSchemaSection.IndexRow::table).toList(),
                "a primary key that serves no foreign key is not listed, and a table without one lists none");
        assertEquals("1 of 2 tables; `customer_phones` has none",
                planner.feature(ShopModel.customers()).dataValidation().integrity().get(0).value());
    }

    @Test
    void anEntityNamedLikeASectionGetsTheAnchorGitHubGivesIt() {
        Entity overview = Entity.builder("io.shop.customers.Overview")
                .simpleName("Overview").entityName("Overview").featureSlug("customers").table("overview")
                .attributes(List.of(new Attribute("id", "Long", AttributeKind.ID, List.of("id"), "", "", List.of(), null, "")))
                .build();
        Table table = new Table("overview", "io.shop.customers.Overview", "", List.of(
                new Column("id", SqlType.BIGINT, 0, 0, 0, false, false, false, List.of(), List.of(), "")),
                List.of("id"), List.of(), List.of(), List.of(), List.of());
        DataModel model = new DataModel(List.of(ShopModel.customers()), List.of(ShopModel.customer(), overview),
                List.of(ShopModel.customerTable(), table), List.of());
        FeatureDocument document = planner(model).feature(ShopModel.customers());
        assertEquals("[Customer](#customer), [Overview](#overview-1)", document.overview().get(document.overview().size() - 1).value());
    }

    @Test
    void aFeatureWithoutForeignKeysAcrossItsBorderHasNoCurrentModelAnalysis() {
        DataModel model = new DataModel(List.of(ShopModel.customers()), List.of(ShopModel.customer()),
                List.of(ShopModel.customerTable()), List.of());
        FeatureDocument document = planner(model).feature(ShopModel.customers());
        assertNull(document.currentModel());
        assertNull(document.dependencies());
        assertEquals("customers.md", document.path());
    }
}
