package io.modeldoc.processor.compile.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.modeldoc.processor.support.DiskCompilation;
import io.modeldoc.processor.support.H2;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * However wrong the entities, the scripts of the build still run: for every mistake of the error catalogue, the H2
 * script runs to the end on H2 and creates every table the model lists (the entity at fault is left out, or written
 * so that it runs), the correct entity's among them.
 */
class CatalogueScriptsRunOnH2Test {

    static Stream<ErrorCase> cases() {
        return ErrorCatalogueTest.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void scriptOfABuildWithErrorsRunsAndCreatesEveryTable(ErrorCase mistake, @TempDir Path folder) throws Exception {
        List<String> options = new ArrayList<>();
        for (String option : mistake.options()) {
            options.add(option.startsWith("modeldoc.dialects=") && !option.contains("h2") ? option + ",h2" : option);
        }
        DiskCompilation compilation = DiskCompilation.compile(folder, mistake.sources(), options.toArray(String[]::new));

        try (Connection connection = H2.fresh()) {
            H2.run(connection, compilation.output("schema-h2.sql"));
            assertThat(H2.tables(connection)).isEqualTo(H2.tableNamesIn(compilation.output("model.json"))).contains("fine");
        }
    }
}
