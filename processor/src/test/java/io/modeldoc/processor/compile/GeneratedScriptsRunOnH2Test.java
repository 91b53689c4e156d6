package io.modeldoc.processor.compile;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.modeldoc.processor.support.Fixtures;
import io.modeldoc.processor.support.H2;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every H2 script the fixtures produce runs on embedded H2 and builds the tables the model lists. */
class GeneratedScriptsRunOnH2Test {

    @ParameterizedTest(name = "{0} with naming {1}")
    @CsvSource({"bookshop, jpa", "bookshop, snake_case"})
    void scriptRunsAndBuildsEveryTable(String scenario, String naming) throws SQLException {
        Compilation compilation = Fixtures.compile(Fixtures.sources(scenario),
                "modeldoc.dialects=h2", "modeldoc.naming=" + naming, "modeldoc.lint=off");
        String script = Fixtures.output(compilation, "schema-h2.sql");

        try (Connection connection = H2.fresh()) {
            H2.run(connection, script);
            Set<String> tables = H2.tables(connection);
            Set<String> expected = H2.tableNamesIn(Fixtures.output(compilation, "model.json"));
            assertThat(tables).isEqualTo(expected).isNotEmpty();
        }
    }
}
