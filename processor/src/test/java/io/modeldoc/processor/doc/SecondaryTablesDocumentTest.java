package io.modeldoc.processor.doc;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.modeldoc.processor.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The document of the {@code tables} parity fixture: tables in explicit schemas and catalogs are named with them
 * wherever the document names a table, an entity with secondary tables says which they are and how they join
 * its table, and an attribute stored in a secondary table says so in its row.
 */
class SecondaryTablesDocumentTest {

    private static String document;
    private static String index;

    @BeforeAll
    static void compile() {
        Compilation compilation = Fixtures.compile(Fixtures.sources("parity/tables"), "modeldoc.lint=off");
        assertThat(compilation).succeeded();
        document = Fixtures.output(compilation, "data-model.md");
        index = Fixtures.output(compilation, "index.md");
        if (Boolean.getBoolean("modeldoc.printDocument")) {
            System.out.println(document + "\n-----\n" + index);
        }
    }

    @Test
    void anEntityWithSecondaryTablesNamesThemAndTheirKeyJoin() {
        assertThat(document).contains("**Table**: `tables_billing.product`")
                .contains("- `product_text`: at most one row per row of `tables_billing.product`, its key `id` referencing "
                        + "`tables_billing.product(id)`")
                .contains("- `tables_archive.product_stock`: at most one row per row of `tables_billing.product`, its key `id`"
                        + " referencing `tables_billing.product(id)`")
                .contains("- `customer_details`: at most one row per row of `Customer`, its key `customer_id` referencing "
                        + "`Customer(id)`");
    }

    @Test
    void anAttributeStoredInASecondaryTableSaysWhere() {
        assertThat(document)
                .contains("| `biography` | `String` | `biography` | `varchar(2000)` | in `customer_details` |")
                .contains("| `onHand` | `Integer` | `onHand` | `integer` | in `tables_archive.product_stock` |")
                .contains("| `loyaltyPoints` | `int` | `loyaltyPoints` | `integer` | in `customer_details`, not null |")
                .containsPattern("\\| `referrer` \\| `Customer` \\| `referrer_id` \\| `bigint` \\| in `customer_details`, "
                        + "foreign key → `Customer` \\(on delete: no action\\) \\|");
    }

    @Test
    void tablesAreNamedWithTheirSchemaInTheIndexTheRelationshipsAndTheSchemaSection() {
        assertThat(index).contains("`tables_billing.invoice`").contains("`tables_archive.ledger`");
        assertThat(document).contains("#### tables_billing.invoice\n")
                .contains("#### tables_archive.product_stock\n")
                .contains("join table `tables_billing.invoice_product`")
                .contains("`tables_billing.invoice(id)`");
    }
}
