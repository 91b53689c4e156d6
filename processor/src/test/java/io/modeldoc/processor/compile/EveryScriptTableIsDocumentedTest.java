package io.modeldoc.processor.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.modeldoc.processor.support.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every table the create script makes, and every column of it, is named in some design document of the build: a
 * reader of the documents meets everything the database will hold, a {@code @TableGenerator}'s table included.
 */
class EveryScriptTableIsDocumentedTest {

    private static final Pattern CREATE_TABLE = Pattern.compile("(?m)^create table (\\S+) \\((.*?)\\n\\);$", Pattern.DOTALL);
    private static final Pattern NOT_A_COLUMN = Pattern.compile("^(primary key|constraint|unique|check|foreign key)\\b");

    @ParameterizedTest
    @ValueSource(strings = {"bookshop", "fleet", "parity/tables", "parity/collections", "parity/inheritance", "parity/maps",
            "parity/keys", "parity/associations"})
    void everyTableAndColumnOfTheScriptIsNamedInADocument(String scenario) {
        Compilation compilation = Fixtures.compile(Fixtures.sources(scenario), "modeldoc.lint=off");
        assertThat(compilation).succeeded();
        String documents = documents(compilation);
        String script = Fixtures.output(compilation, "schema-postgresql.sql");
        SoftAssertions softly = new SoftAssertions();
        Matcher table = CREATE_TABLE.matcher(script);
        int tables = 0;
        while (table.find()) {
            tables++;
            String name = bare(table.group(1));
            softly.assertThat(named(documents, name)).as("table %s is named in a document of %s", name, scenario).isTrue();
            for (String line : table.group(2).split("\n")) {
                String definition = line.strip();
                if (definition.isEmpty() || NOT_A_COLUMN.matcher(definition).find()) {
                    continue;
                }
                String column = bare(definition.split("\\s+")[0]);
                softly.assertThat(named(documents, column)).as("column %s.%s is named in a document of %s", name, column, scenario)
                        .isTrue();
            }
        }
        assertThat(tables).as("tables in the script of " + scenario).isPositive();
        softly.assertAll();
    }

    /** Every generated Markdown document of the build, one after the other. */
    private static String documents(Compilation compilation) {
        List<String> texts = new ArrayList<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getName().endsWith(".md")) {
                try {
                    texts.add(file.getCharContent(true).toString());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return String.join("\n", texts);
    }

    private static boolean named(String documents, String name) {
        return Pattern.compile("(?i)(?<![A-Za-z0-9_])" + Pattern.quote(name) + "(?![A-Za-z0-9_])").matcher(documents).find();
    }

    /** A name without quotes, schema or catalog. */
    private static String bare(String written) {
        String unquoted = written.replaceAll("[\"`\\[\\]]", "").replaceAll(",$", "");
        return unquoted.substring(unquoted.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }
}
