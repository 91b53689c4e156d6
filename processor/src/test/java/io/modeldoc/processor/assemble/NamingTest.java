package io.modeldoc.processor.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamingTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "addressLine1, address_line1",
            "orderID, orderid",
            "HTTPRequest, httprequest",
            "someX, somex",
            "placedAt, placed_at",
            "PurchaseOrder, purchase_order",
            "customer_id, customer_id",
            "address.city, address_city",
            "line2Total, line2_total",
            "'\"User\"', '\"User\"'",
    })
    void snakeCaseFollowsHibernatesPhysicalStrategy(String logical, String physical) {
        assertThat(Naming.SNAKE_CASE.physical(logical)).isEqualTo(physical);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"PurchaseOrder", "placedAt", "customer_id"})
    void jpaNamingKeepsNamesAsWritten(String logical) {
        assertThat(Naming.JPA.physical(logical)).isEqualTo(logical);
    }

    @ParameterizedTest(name = "{0}, {1}, {2}")
    @CsvSource({
            "Person, Address, addresses, Person_Address, person_addresses",
            "book, Author, authors, book_Author, book_authors",
    })
    void joinTablesFollowJpaOrSpring(String owner, String target, String attribute, String jpa, String spring) {
        assertThat(Naming.JPA.joinTable(owner, target, attribute)).isEqualTo(jpa);
        assertThat(Naming.SNAKE_CASE.joinTable(owner, target, attribute)).isEqualTo(spring);
    }
}
