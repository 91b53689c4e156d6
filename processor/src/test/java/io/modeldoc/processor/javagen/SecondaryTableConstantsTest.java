package io.modeldoc.processor.javagen;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.modeldoc.processor.support.Fixtures;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code tables} parity fixture, whose {@code Customer} and {@code Product} keep columns in secondary
 * tables, compiled together with a class that uses the generated constants: it compiles only if every
 * secondary table and every column stored there has its constant, under the documented names.
 */
class SecondaryTableConstantsTest {

    private static Compilation compilation;

    @BeforeAll
    static void compile() {
        List<JavaFileObject> sources = new ArrayList<>(Fixtures.sources("parity/tables"));
        sources.add(JavaFileObjects.forSourceString("parity.tables.UsesConstants", """
                package parity.tables;

                final class UsesConstants {
                    static final String[] CUSTOMER = {
                            CustomerTable.TABLE, CustomerTable.TABLE_CUSTOMER_DETAILS,
                            CustomerTable.ID, CustomerTable.NAME, CustomerTable.LASTINVOICE_ID,
                            CustomerTable.CUSTOMER_ID, CustomerTable.BIOGRAPHY, CustomerTable.LOYALTYPOINTS,
                            CustomerTable.STREET, CustomerTable.HOME_CITY, CustomerTable.REFERRER_ID};
                    static final String[] PRODUCT = {
                            ProductTable.TABLE, ProductTable.TABLE_PRODUCT_TEXT, ProductTable.TABLE_PRODUCT_STOCK,
                            ProductTable.DESCRIPTION, ProductTable.SLUG, ProductTable.ONHAND};
                }
                """));
        compilation = Fixtures.compile(sources, "modeldoc.lint=off", "modeldoc.constants=entity");
    }

    @Test
    void codeUsingTheConstantsOfSecondaryTablesCompiles() {
        assertThat(compilation).succeeded();
    }

    @Test
    void theConstantsHoldTheBareNamesAndTheClassJavadocExplainsThem() {
        String customer = source("parity.tables.CustomerTable");
        assertThat(customer)
                .contains("public static final String TABLE = \"Customer\";")
                .contains("public static final String TABLE_CUSTOMER_DETAILS = \"customer_details\";")
                .contains("public static final String BIOGRAPHY = \"biography\";")
                .contains("The column {@code biography}, in the secondary table {@code customer_details}.")
                .contains("{@code TABLE_<NAME>}");
        String product = source("parity.tables.ProductTable");
        assertThat(product)
                .contains("public static final String TABLE = \"product\";")
                .contains("The table, in {@code tables_billing.product}.")
                .contains("public static final String TABLE_PRODUCT_STOCK = \"product_stock\";")
                .contains("{@code product_stock}, in {@code tables_archive.product_stock}")
                // product_text is keyed by a column named id, like product: one constant for both
                .containsOnlyOnce("String ID = \"id\";");
    }

    private static String source(String type) {
        return compilation.generatedSourceFile(type).map(Fixtures::text)
                .orElseThrow(() -> new AssertionError("not generated: " + type));
    }
}
