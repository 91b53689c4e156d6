package io.modeldoc.processor.compile;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.modeldoc.processor.support.Fixtures;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code index.md}'s documentation coverage and the documentation lint count the same attributes:
 * what the coverage misses is exactly what the lint reports, so 100 % is reached by answering the lint.
 */
class CoverageAgreesWithLintTest {

    private static final Pattern COVERAGE = Pattern.compile("\\| (\\d+)/(\\d+) \\((\\d+) %\\) \\|");

    @Test
    void theAttributesTheCoverageMissesAreThoseTheLintReports() {
        for (String scenario : List.of("bookshop", "undeclared")) {
            Compilation compilation = Fixtures.compile(Fixtures.sources(scenario), "modeldoc.lint=warn");

            assertThat(missing(Fixtures.output(compilation, "index.md")))
                    .as(scenario).isEqualTo(undocumentedAttributeWarnings(compilation));
        }
    }

    @Test
    void aModelWhoseOnlyUndescribedAttributesAreIdentifiersAndVersionsIsFullyCovered() {
        JavaFileObject entity = JavaFileObjects.forSourceLines("test.Ticket",
                "package test;",
                "import jakarta.persistence.*;",
                "/** A support ticket. */",
                "@Entity public class Ticket {",
                "  @Id @GeneratedValue private Long id;",
                "  @Version private int version;",
                "  /** What the customer wrote. */",
                "  private String text;",
                "}");

        Compilation compilation = Fixtures.compile(List.of(entity), "modeldoc.lint=error", "modeldoc.dialects=h2");

        assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
        assertThat(Fixtures.output(compilation, "index.md")).contains("| 1/1 (100 %) |");
    }

    /** The attributes that index.md counts as undocumented, over every feature. */
    private static long missing(String index) {
        Matcher row = COVERAGE.matcher(index);
        long missing = 0;
        while (row.find()) {
            missing += Long.parseLong(row.group(2)) - Long.parseLong(row.group(1));
        }
        return missing;
    }

    private static long undocumentedAttributeWarnings(Compilation compilation) {
        return compilation.diagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.WARNING)
                .filter(d -> d.getMessage(Locale.ROOT).contains("[modeldoc:undocumented] Attribute"))
                .count();
    }
}
