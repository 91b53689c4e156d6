package io.modeldoc.processor.parity;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.modeldoc.processor.support.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code modeldoc.constraintNames=hibernate} gives Hibernate's own names, compared name for name
 * with the scripts Hibernate wrote for the fixture models (parity-reference/).
 */
class HibernateNamesTest {

    private static final Pattern NAMES = Pattern.compile("\\b(FK|UK|IDX)[0-9a-z]{10,}\\b");

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "associations, mysql", "associations, postgresql", "basics, mysql", "basics, mariadb",
            "inheritance, mysql", "inheritance, h2", "validation, mysql", "collections, postgresql", "keys, mysql", "keys, h2",
            "tables, postgresql", "tables, mysql", "tables, mariadb", "tables, h2", "discriminators, mariadb", "collections, mysql",
            "collections, mariadb", "maps, mysql", "maps, mariadb", "maps, postgresql", "maps, h2", "discriminators, postgresql",
            "derived, mysql", "derived, postgresql", "overrides, mysql", "overrides, h2"})
    void hashedNamesAreHibernates(String model, String dialect) throws IOException {
        Compilation compilation = Fixtures.compile(Fixtures.sources("parity/" + model),
                "modeldoc.dialects=" + dialect, "modeldoc.constraintNames=hibernate", "modeldoc.lint=off");

        Set<String> ours = names(Fixtures.output(compilation, "schema-" + dialect + ".sql"));
        Set<String> hibernate = names(reference(model, dialect));
        assertThat(ours).isNotEmpty().isEqualTo(hibernate);
    }

    private static Set<String> names(String script) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = NAMES.matcher(script);
        while (matcher.find()) {
            names.add(matcher.group());
        }
        return names;
    }

    private static String reference(String model, String dialect) throws IOException {
        try (InputStream in = HibernateNamesTest.class.getClassLoader()
                .getResourceAsStream("parity-reference/" + model + "/" + dialect + ".sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
