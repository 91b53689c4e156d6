package io.modeldoc.processor.parity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scratch databases on embedded H2, and what an unreachable server looks like. No server needed. */
class DatabasesTest {

    @Test
    void anUnreachableServerIsAnAssertionFailureNamingTheUrl() {
        String key = "modeldoc.parity.postgresql.url";
        String previous = System.getProperty(key);
        // Port 1 on the loopback: nothing listens there, so the connection is refused at once.
        System.setProperty(key, "jdbc:postgresql://127.0.0.1:1/test");
        try {
            assertThatThrownBy(() -> Databases.fresh(ParityDialect.POSTGRESQL))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageStartingWith("cannot connect to jdbc:postgresql://127.0.0.1:1/test as postgres: ");
        } finally {
            if (previous == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, previous);
            }
        }
    }

    @Test
    void anH2ScratchDatabaseIsFreshAndGoneAfterClose() throws SQLException {
        String url;
        try (ScratchDatabase first = Databases.fresh(ParityDialect.H2);
                ScratchDatabase second = Databases.fresh(ParityDialect.H2)) {
            first.run(List.of("create table t (id int primary key)"), "test");
            assertThat(second.url()).isNotEqualTo(first.url());
            assertThat(CatalogReader.read(second).facts()).isEmpty();
            assertThat(CatalogReader.read(first).facts()).containsExactly(
                    "column t.id type=integer nullable=false", "pk t(id)", "table t");
            url = first.url();
        }
        String reopen = url.replace(";DB_CLOSE_DELAY=-1", ";IFEXISTS=TRUE");
        assertThatThrownBy(() -> DriverManager.getConnection(reopen, "sa", "").close()).isInstanceOf(SQLException.class);
    }
}
