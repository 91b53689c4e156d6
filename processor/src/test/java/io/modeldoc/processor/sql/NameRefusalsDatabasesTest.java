package io.modeldoc.processor.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modeldoc.processor.parity.Databases;
import io.modeldoc.processor.parity.ParityDialect;
import io.modeldoc.processor.parity.ScratchDatabase;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Dialect#refusal} says what the servers do: a quoted name ending with a space is refused by MariaDB (which runs
 * the mysql scripts too) and taken by PostgreSQL, as is a double quote inside a quoted name.
 */
@Tag("databases")
class NameRefusalsDatabasesTest {

    @ParameterizedTest(name = "{1} on {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
            "mariadb    | ^note ^",
            "mysql      | ^note ^",
            "postgresql | ^note ^",
            "postgresql | say\"hi"})
    void aNameIsRefusedExactlyWhereTheDialectSaysSo(String dialectName, String bare) throws SQLException {
        Dialect dialect = Dialects.named(dialectName);
        String sql = "create table refusal_check (" + dialect.quote(bare) + " int)";
        try (ScratchDatabase db = Databases.fresh(ParityDialect.of(dialectName));
             Statement statement = db.connection().createStatement()) {
            if (dialect.refusal(bare).isPresent()) {
                assertThatThrownBy(() -> statement.execute(sql)).isInstanceOf(SQLException.class);
            } else {
                assertThatCode(() -> statement.execute(sql)).doesNotThrowAnyException();
            }
        }
        assertThat(dialect.refusal(bare).isPresent()).isEqualTo(!dialectName.equals("postgresql"));
    }
}
