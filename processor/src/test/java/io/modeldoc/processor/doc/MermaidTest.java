package io.modeldoc.processor.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.ForeignKey;
import io.modeldoc.processor.model.SqlType;
import io.modeldoc.processor.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MermaidTest {

    private final DataModel model = ShopModel.model();
    private final ModelLookup lookup = new ModelLookup(model, TestSql.script(model, TestSql.POSTGRESQL));

    private String diagram(String slug) {
        return Mermaid.erDiagram(lookup.tablesOf(slug), lookup, TestSql.POSTGRESQL);
    }

    @Test
    void relationshipsCarryCardinalityAndOptionality() {
        List<String> lines = diagram("order-management").lines().map(String::strip).toList();
        assertEquals("erDiagram", lines.get(0));
        assertTrue(lines.contains("customer ||..o{ purchase_order : \"has\""), "required many-to-one");
        assertTrue(lines.contains("shipping_label |o..o| purchase_order : \"has\""), "optional unique key: one-to-one");
        assertTrue(lines.contains("purchase_order ||--o{ purchase_order_tag : \"is linked through\""), "identifying: key in the primary key");
        assertTrue(lines.contains("tag ||--o{ purchase_order_tag : \"is linked through\""));
    }

    @Test
    void columnsAreTypedWithSingleTokensAndMarkedAsKeys() {
        String diagram = diagram("order-management");
        assertTrue(diagram.contains("        numeric(12,2) total_amount\n"), diagram);
        assertTrue(diagram.contains("        varchar(20) order_number UK\n"));
        assertTrue(diagram.contains("        bigint shipping_label_id FK, UK\n"));
        assertTrue(diagram.contains("        bigint purchase_order_id PK, FK\n"));
    }

    @Test
    void commentsAreQuotedAndCannotBreakTheDiagram() {
        String diagram = diagram("order-management");
        assertTrue(diagram.contains("        varchar(40) sku \"Stock 'keeping' ‹unit› line two\"\n"), diagram);
    }

    @Test
    void tablesOfOtherFeaturesShowOnlyTheirPrimaryKey() {
        String diagram = diagram("order-management");
        assertTrue(diagram.contains("    %% from feature Customers\n    customer {\n        bigint id PK\n    }\n"), diagram);
        assertFalse(diagram.contains("email"), "the other feature's columns stay in its own document");
    }

    @Test
    void tablesOfOtherFeaturesThatReferenceThisOneShowTheirKeysAfterAComment() {
        String diagram = diagram("customers");
        assertTrue(diagram.contains("    customer ||..o{ purchase_order : \"has\"\n"), diagram);
        assertTrue(diagram.endsWith("    }\n    %% from feature Order Management\n    purchase_order {\n"
                + "        bigint id PK\n        bigint customer_id FK\n    }\n"), diagram);
        assertFalse(diagram.contains("order_number"), "only the keys of another feature's table");
    }

    @Test
    void aFeatureReferencingAndReferencedByNothingDrawsOnlyItsTables() {
        DataModel alone = new DataModel(List.of(ShopModel.customers()), List.of(ShopModel.customer()), List.of(ShopModel.customerTable()), List.of());
        ModelLookup aloneLookup = new ModelLookup(alone, TestSql.script(alone, TestSql.POSTGRESQL));
        String diagram = Mermaid.erDiagram(aloneLookup.tablesOf("customers"), aloneLookup, TestSql.POSTGRESQL);
        assertFalse(diagram.contains("--") || diagram.contains("..") || diagram.contains("%%"), diagram);
        assertTrue(diagram.contains("varchar(254) email UK \"Where receipts are sent.\""));
    }

    @Test
    void aKeySharedWithThePrimaryKeyIsAnIdentifyingOneToOne() {
        Table profile = new Table("customer_profile", "io.shop.customers.Customer", "", List.of(
                new Column("customer_id", SqlType.BIGINT, 0, 0, 0, false, false, false, List.of(), List.of(), "")),
                List.of("customer_id"), List.of(new ForeignKey("", List.of("customer_id"), "customer", List.of("id"))),
                List.of(), List.of(), List.of());
        DataModel shared = new DataModel(model.features(), model.entities(), List.of(ShopModel.customerTable(), profile), List.of());
        ModelLookup sharedLookup = new ModelLookup(shared, TestSql.script(shared, TestSql.POSTGRESQL));
        String diagram = Mermaid.erDiagram(List.of(sharedLookup.table("customer_profile")), sharedLookup, TestSql.POSTGRESQL);
        assertTrue(diagram.contains("    customer ||--o| customer_profile : \"has\"\n"), diagram);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "varchar(255); varchar(255)",
            "timestamp(6) with time zone; `timestamp(6) with time zone`",
            "numeric(12,2); numeric(12,2)",
            "double precision; `double precision`",
            "varchar2(40 char); `varchar2(40 char)`",
            "nvarchar(max); nvarchar(max)",
            "enum(\"A\"); enum_A_"})
    void typesAreWrittenAsTheDatabaseWritesThem(String sqlType, String token) {
        assertEquals(token, Mermaid.type(sqlType));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "purchase_order; purchase_order",
            "\"Order\"; Order",
            "`order`; order",
            "[order line]; order_line",
            "2fa_codes; _2fa_codes",
            "sales.order; sales_order"})
    void namesBecomeMermaidIdentifiers(String name, String identifier) {
        assertEquals(identifier, Mermaid.identifier(name));
    }

    @Test
    void labelsLoseQuotesLineBreaksAndAngleBrackets() {
        String label = Mermaid.label("say \"hi\"\r\n<b>bold</b>");
        assertFalse(label.contains("\"") || label.contains("\n") || label.contains("\r") || label.contains("<") || label.contains(">"), label);
        assertEquals("say 'hi' ‹b›bold‹/b›", label);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "x %%{init: {'theme':'dark'}}%% y | x % %{init: {'theme':'dark'}}% % y",
            "100%%% | 100% % %",
            "a #lt;script#gt; b | a ＃lt;script＃gt; b",
            "C# and F# | C# and F#"})
    void labelsCannotCarryDirectivesOrEntityCodes(String text, String label) {
        assertEquals(label, Mermaid.label(text));
    }
}
