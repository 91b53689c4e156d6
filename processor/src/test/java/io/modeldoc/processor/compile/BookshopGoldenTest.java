package io.modeldoc.processor.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.modeldoc.processor.support.Fixtures;
import io.modeldoc.processor.support.Goldens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bookshop fixture, compiled with all four dialects: every output is compared with its golden
 * file under {@code goldens/BookshopGoldenTest/}. Regenerate with {@code -Dmodeldoc.updateGoldens=true}.
 */
class BookshopGoldenTest {

    private static Compilation compilation;

    @BeforeAll
    static void compile() {
        compilation = Fixtures.compile(Fixtures.sources("bookshop"),
                "modeldoc.dialects=postgresql,mysql,mariadb,h2", "modeldoc.lint=off", "modeldoc.constants=entity");
    }

    @Test
    void compilesWithoutWarnings() {
        assertThat(compilation).succeededWithoutWarnings();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "schema-postgresql.sql", "schema-mysql.sql", "schema-mariadb.sql", "schema-h2.sql",
            "catalogue.md", "orders.md", "index.md", "model.json"})
    void outputMatchesItsGolden(String path) {
        Goldens.assertMatches("BookshopGoldenTest", "outputs", "modeldoc/" + path, Fixtures.output(compilation, path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"shop.catalog.BookTable", "shop.ModelDocSchema"})
    void generatedJavaMatchesItsGolden(String type) {
        String source = compilation.generatedSourceFile(type)
                .map(Fixtures::text)
                .orElseThrow(() -> new AssertionError("not generated: " + type));
        Goldens.assertMatches("BookshopGoldenTest", "java", type.replace('.', '/') + ".java", source);
    }
}
