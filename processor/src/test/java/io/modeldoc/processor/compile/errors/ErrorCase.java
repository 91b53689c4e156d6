package io.modeldoc.processor.compile.errors;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * One mistake of the catalogue: the sources that make it (beside a correct entity, {@code test.Fine}),
 * the options, and the one diagnostic ModelDoc must give.
 *
 * @param tag     the message's tag, e.g. {@code missing-id}; also the test's name
 * @param file    the simple name of the source the diagnostic is on; empty when it has no element
 * @param line    text on the line the diagnostic points at
 */
record ErrorCase(String tag, List<JavaFileObject> sources, List<String> options, Diagnostic.Kind kind, String message,
                 String file, String line) {

    static final JavaFileObject FINE = JavaFileObjects.forSourceLines("test.Fine",
            "package test;",
            "import jakarta.persistence.*;",
            "/** A correct entity next to the mistake: it must still be documented. */",
            "@Entity public class Fine {",
            "  @Id private Long id;",
            "  /** A label. */",
            "  private String label;",
            "}");

    static Builder of(String tag) {
        return new Builder(tag);
    }

    @Override
    public String toString() {
        return tag;
    }

    static final class Builder {
        private final String tag;
        private final List<JavaFileObject> sources = new ArrayList<>(List.of(FINE));
        private final List<String> options = new ArrayList<>(List.of("modeldoc.dialects=postgresql", "modeldoc.lint=off"));

        private Builder(String tag) {
            this.tag = tag;
        }

        /** A source {@code test.<name>} of the given lines, after the package and JPA imports. */
        Builder source(String name, String... lines) {
            List<String> all = new ArrayList<>(List.of("package test;", "import jakarta.persistence.*;",
                    "import jakarta.validation.constraints.*;", "import io.modeldoc.annotations.*;", "import java.util.*;"));
            all.addAll(List.of(lines));
            sources.add(JavaFileObjects.forSourceLines("test." + name, all));
            return this;
        }

        /** A source given whole, e.g. a {@code package-info}. */
        Builder raw(String qualifiedName, String... lines) {
            sources.add(JavaFileObjects.forSourceLines(qualifiedName, lines));
            return this;
        }

        Builder option(String option) {
            options.removeIf(o -> o.startsWith(option.substring(0, option.indexOf('=') + 1)));
            options.add(option);
            return this;
        }

        ErrorCase error(String message, String file, String line) {
            return new ErrorCase(tag, List.copyOf(sources), List.copyOf(options), Diagnostic.Kind.ERROR, message, file, line);
        }

        ErrorCase warning(String message, String file, String line) {
            return new ErrorCase(tag, List.copyOf(sources), List.copyOf(options), Diagnostic.Kind.WARNING, message, file, line);
        }
    }
}
