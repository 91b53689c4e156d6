package io.modeldoc.processor.parity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference side alone: Hibernate's offline scripts follow the settings they are given. No database. */
class HibernateSchemaTest {

    private static List<String> script(String model, ParitySettings settings) {
        return ParityHarness.model(model).hibernateStatements(settings);
    }

    private static String table(List<String> statements, String name) {
        return statements.stream()
                .filter(s -> s.startsWith("create table " + name + " "))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no create table " + name + " in " + statements));
    }

    @Test
    void statementsHaveNoDelimiterAndOneEntryEach() {
        List<String> statements = script("associations", ParitySettings.defaults("postgresql"));

        assertThat(statements).isNotEmpty().noneMatch(s -> s.endsWith(";") || s.contains("\n") || s.isBlank());
        assertThat(statements.get(0)).startsWith("create sequence");
    }

    @Test
    void theTargetVersionsShowInTheTypes() {
        // uuid is native from MariaDB 10.7; MySQL 8.4 has none. Column checks need MySQL 8.0.16 or later.
        assertThat(table(script("basics", ParitySettings.defaults("mariadb")), "text_values")).contains("uuid uuid");
        String mysql = table(script("basics", ParitySettings.defaults("mysql")), "text_values");
        assertThat(mysql).contains("uuid binary(16)").contains("check ((priorityOrdinal between 0 and 3))");
    }

    @Test
    void validationDdlOnAndOff() {
        String on = table(script("validation", ParitySettings.defaults("h2")), "Member");
        String off = table(script("validation", ParitySettings.defaults("h2").withValidationDdl(false)), "Member");

        assertThat(on).contains("notNullText varchar(255) not null", "sizeMax varchar(40)", "digits numeric(10,2)",
                "minOnly integer not null check ((minOnly>=0))", "sponsor_id bigint not null");
        assertThat(off).contains("notNullText varchar(255),", "sizeMax varchar(255)", "digits numeric(38,2)",
                "sponsor_id bigint,").doesNotContain("check");
    }

    @Test
    void snakeCaseNamesJoinTablesByAttributeAsSpringBootDoes() {
        List<String> jpa = script("associations", ParitySettings.defaults("postgresql"));
        List<String> snake = script("associations", ParitySettings.defaults("postgresql").withNaming(NamingMode.SNAKE_CASE));

        assertThat(table(jpa, "purchase_orders_Tag")).contains("PurchaseOrder_id", "tags_code");
        assertThat(table(jpa, "Tag_Address")).contains("Tag_code", "usedAtAddresses_id");
        assertThat(table(snake, "purchase_orders_tags")).contains("purchase_order_id", "tags_code");
        assertThat(table(snake, "tag_used_at_addresses")).contains("tag_code", "used_at_addresses_id");
        assertThat(table(snake, "purchase_orders")).contains("bill_to_id", "pickup_point_id", "ship_to_id");
        assertThat(snake).contains("create sequence purchase_orders_seq start with 1 increment by 50");
    }
}
