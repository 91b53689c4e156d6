package io.modeldoc.processor.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.modeldoc.processor.doc.RenderedMarkdown;
import io.modeldoc.processor.parity.Databases;
import io.modeldoc.processor.parity.ParityDialect;
import io.modeldoc.processor.parity.ScratchDatabase;
import io.modeldoc.processor.support.Fixtures;
import io.modeldoc.processor.support.MermaidCheck;
import org.junit.jupiter.api.io.TempDir;
import io.modeldoc.processor.support.ScriptStatements;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text from Javadoc and annotations reaches SQL comments, Markdown tables and Mermaid labels. Hostile
 * text must arrive as written (line breaks as spaces in SQL), inject nothing and drop nothing.
 */
class HostileTextTest {

    /** Quotes, backslashes, comment markers, a statement end, table pipes, backticks, HTML, Unicode, a line break. */
    private static final String HOSTILE = "it's \\\"x\\\" \\\\ */ -- ; drop table victim; | `tick` <b>bold</b> <script>alert(1)</script>"
            + " é 日本 \\u2028 end\\nsecond line";
    /** The same text as Java reads the string literal above. */
    private static final String AS_JAVA = "it's \"x\" \\ */ -- ; drop table victim; | `tick` <b>bold</b> <script>alert(1)</script>"
            + " é 日本 \u2028 end\nsecond line";
    private static final String LONG = "x".repeat(600);

    private static final JavaFileObject SOURCE = JavaFileObjects.forSourceLines("evil.Victim",
            "package evil;",
            "import jakarta.persistence.*;",
            "import io.modeldoc.annotations.*;",
            "/** " + HOSTILE.replace("*/", "* /") + " */",
            "@Entity",
            "@org.hibernate.annotations.Comment(\"" + HOSTILE + "\")",
            "@BusinessRule(id = \"BR-1\", value = \"" + HOSTILE + "\")",
            "@AccessControl(read = \"" + HOSTILE + "\", audit = \"" + HOSTILE + "\")",
            "public class Victim {",
            "  @Id private Long id;",
            "  @Purpose(\"" + HOSTILE + "\")",
            "  @org.hibernate.annotations.Comment(\"" + HOSTILE + "\")",
            "  @Sensitive(classification = Sensitive.Classification.PII, protection = \"" + HOSTILE + "\")",
            "  private String note;",
            "  @Purpose(\"" + LONG + "\")",
            "  @org.hibernate.annotations.Comment(\"" + LONG + "\")",
            "  private String remark;",
            "}");

    @Test
    void markdownKeepsItsShapeAndShowsNoHtml() {
        Compilation compilation = compile("h2");
        assertThat(compilation).succeededWithoutWarnings();

        String document = Fixtures.output(compilation, "data-model.md");
        assertThat(RenderedMarkdown.problems(Map.of("data-model.md", document, "index.md", Fixtures.output(compilation, "index.md"))))
                .isEmpty();
        assertThat(document).doesNotContain("<script>").doesNotContain("<b>");
        String diagram = document.substring(document.indexOf("```mermaid"), document.indexOf("```", document.indexOf("```mermaid") + 3));
        assertThat(diagram).doesNotContain("<script>").doesNotContain(";\n").doesNotContain("%%{");
    }

    @Tag("databases")
    @Test
    void mermaidRendersTheDiagramInChromium(@TempDir java.nio.file.Path folder) throws Exception {
        java.nio.file.Files.writeString(folder.resolve("data-model.md"), Fixtures.output(compile("h2"), "data-model.md"));

        MermaidCheck.assertRenders(folder);
    }

    @Test
    void h2BuildsExactlyTheIntendedSchema() throws SQLException {
        assertExactSchema("h2");
    }

    @Tag("databases")
    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql", "mariadb"})
    void serversBuildExactlyTheIntendedSchema(String dialect) throws SQLException {
        assertExactSchema(dialect);
    }

    private static void assertExactSchema(String dialect) throws SQLException {
        String script = Fixtures.output(compile(dialect), "schema-" + dialect + ".sql");
        try (ScratchDatabase database = Databases.fresh(ParityDialect.of(dialect))) {
            database.run(ScriptStatements.split(script), "ModelDoc's " + dialect + " script");
            DatabaseMetaData metadata = database.connection().getMetaData();

            Map<String, String> tables = remarks(metadata.getTables(database.catalog(), database.schema(), "%", new String[] {"TABLE"}),
                    "TABLE_NAME");
            assertThat(tables).containsOnlyKeys("victim");
            assertThat(tables.get("victim")).isEqualTo(AS_JAVA.replace("\n", " ").replace("\u2028", " "));

            Map<String, String> columns = remarks(metadata.getColumns(database.catalog(), database.schema(), "%", "%"), "COLUMN_NAME");
            assertThat(columns).containsOnlyKeys("id", "note", "remark");
            assertThat(columns.get("note")).isEqualTo(tables.get("victim"));
            assertThat(columns.get("remark")).isEqualTo(LONG);
        }
    }

    private static Compilation compile(String dialect) {
        return Fixtures.compile(java.util.List.of(SOURCE), "modeldoc.dialects=" + dialect, "modeldoc.lint=off");
    }

    /** Name (lower case) → comment, from a metadata result set. */
    private static Map<String, String> remarks(ResultSet rows, String nameColumn) throws SQLException {
        Map<String, String> remarks = new TreeMap<>();
        try (rows) {
            while (rows.next()) {
                String remark = rows.getString("REMARKS");
                remarks.put(rows.getString(nameColumn).toLowerCase(Locale.ROOT), remark == null ? "" : remark);
            }
        }
        return remarks;
    }
}
