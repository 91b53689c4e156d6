package io.modeldoc.processor.parity;

import com.google.testing.compile.Compilation;
import io.modeldoc.processor.support.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parity suite: for every fixture model, dialect and setting, ModelDoc's {@code schema-<dialect>.sql}
 * and Hibernate ORM 7.4's create script build the same catalog. H2 runs in the default build; the
 * PostgreSQL and MariaDB servers in the {@code databases} profile. Oracle and SQL Server have no server here: both
 * scripts are parsed into catalogs ({@link ScriptCatalog}), in the default build.
 */
class ModelDocParityTest {

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("h2")
    void h2(String model, ParitySettings settings) {
        assertParity(model, settings);
    }

    @Tag("databases")
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("servers")
    void servers(String model, ParitySettings settings) {
        assertParity(model, settings);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("parsed")
    void parsed(String model, ParitySettings settings) {
        assertParity(model, settings);
    }

    /** The weaker second check: the same scripts on H2 in its Oracle and MSSQLServer modes, contract defaults only. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("h2Modes")
    void onH2CompatibilityModes(String model, ParitySettings settings) {
        String script = ourScript(model, settings);
        if (script != null) {
            ParityHarness.model(model).compareOnH2(settings, script).assertFullParity();
        }
    }

    static Stream<Arguments> h2Modes() {
        return Stream.of("oracle", "sqlserver").flatMap(dialect -> ParityHarness.MODELS.stream()
                .map(model -> Arguments.of(model, ParitySettings.defaults(dialect))));
    }

    static Stream<Arguments> parsed() {
        return cases(List.of("oracle", "sqlserver"));
    }

    static Stream<Arguments> h2() {
        return cases(List.of("h2"));
    }

    static Stream<Arguments> servers() {
        return cases(List.of("postgresql", "mysql", "mariadb"));
    }

    private static Stream<Arguments> cases(List<String> dialects) {
        List<Arguments> cases = new ArrayList<>();
        for (String dialect : dialects) {
            for (String model : ParityHarness.MODELS) {
                cases.add(Arguments.of(model, ParitySettings.defaults(dialect)));
                cases.add(Arguments.of(model, ParitySettings.of(dialect, "snake_case", true)));
                cases.add(Arguments.of(model, ParitySettings.of(dialect, "jpa", false)));
            }
        }
        return cases.stream();
    }

    private static void assertParity(String model, ParitySettings settings) {
        String script = ourScript(model, settings);
        if (script != null) {
            ParityHarness.model(model).compare(settings, script).assertFullParity();
        }
    }

    /**
     * ModelDoc's script for the model. Every fixture compiles on every dialect: a name a dialect reserves ({@code number}
     * and {@code level} on Oracle, {@code plan} on SQL Server) is quoted there in the database's case, so the catalogs
     * compare as for any other name.
     */
    private static String ourScript(String model, ParitySettings settings) {
        List<String> options = new ArrayList<>(settings.processorOptions());
        options.add("modeldoc.lint=off");
        Compilation compilation = Fixtures.compile(Fixtures.sources("parity/" + model), options.toArray(String[]::new));
        return Fixtures.output(compilation, "schema-" + settings.dialect().option() + ".sql");
    }
}
