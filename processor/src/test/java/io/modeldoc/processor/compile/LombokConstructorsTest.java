package io.modeldoc.processor.compile;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.modeldoc.processor.support.Fixtures;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Lombok writes constructors after (or without) ModelDoc seeing them, so its annotations are read by name: a class
 * whose no-argument constructor Lombok generates gets no {@code no-constructor} warning. Lombok itself is not on the
 * test class path; stand-ins of its annotations, same names and members, are compiled with the entities, exactly as
 * the processor sees the real ones when Lombok runs later.
 */
class LombokConstructorsTest {

    private static final JavaFileObject ACCESS_LEVEL = JavaFileObjects.forSourceLines("lombok.AccessLevel",
            "package lombok;",
            "public enum AccessLevel { PUBLIC, MODULE, PROTECTED, PACKAGE, PRIVATE, NONE }");
    private static final JavaFileObject NO_ARGS = JavaFileObjects.forSourceLines("lombok.NoArgsConstructor",
            "package lombok;",
            "public @interface NoArgsConstructor { AccessLevel access() default AccessLevel.PUBLIC; boolean force() default false; }");
    private static final JavaFileObject REQUIRED_ARGS = JavaFileObjects.forSourceLines("lombok.RequiredArgsConstructor",
            "package lombok;",
            "public @interface RequiredArgsConstructor { AccessLevel access() default AccessLevel.PUBLIC; }");
    private static final JavaFileObject NON_NULL = JavaFileObjects.forSourceLines("lombok.NonNull",
            "package lombok;",
            "public @interface NonNull { }");

    @Test
    void lombokNoArgsConstructorsCount() {
        Compilation compilation = compile(
                entity("Plain", "@lombok.NoArgsConstructor", "public Plain(Long id) { this.id = id; }", ""),
                entity("Guarded", "@lombok.NoArgsConstructor(access = lombok.AccessLevel.PROTECTED)",
                        "public Guarded(Long id) { this.id = id; }", ""),
                entity("Required", "@lombok.RequiredArgsConstructor", "public Required(Long id) { this.id = id; }", ""));

        assertThat(warnings(compilation)).isEmpty();
    }

    @Test
    void constructorsLombokDoesNotMakeWithoutArgumentsStillWarn() {
        Compilation compilation = compile(
                entity("Hidden", "@lombok.NoArgsConstructor(access = lombok.AccessLevel.PRIVATE)",
                        "public Hidden(Long id) { this.id = id; }", ""),
                entity("Needy", "@lombok.RequiredArgsConstructor", "public Needy(String name) { this.name = name; }",
                        "@lombok.NonNull private String name;"),
                entity("Fixed", "@lombok.RequiredArgsConstructor", "public Fixed(String code) { this.code = code; }",
                        "private final String code;"));

        assertThat(warnings(compilation)).containsExactlyInAnyOrder(
                "[modeldoc:no-constructor] Entity test.Hidden has no constructor without parameters, which JPA requires; add a "
                        + "public or protected one.",
                "[modeldoc:no-constructor] Entity test.Needy has no constructor without parameters, which JPA requires; add a "
                        + "public or protected one.",
                "[modeldoc:no-constructor] Entity test.Fixed has no constructor without parameters, which JPA requires; add a "
                        + "public or protected one.");
    }

    private static JavaFileObject entity(String name, String annotation, String constructor, String field) {
        return JavaFileObjects.forSourceLines("test." + name,
                "package test;",
                "/** " + name + ". */",
                annotation,
                "@jakarta.persistence.Entity",
                "public class " + name + " {",
                "  @jakarta.persistence.Id private Long id;",
                "  " + field,
                "  " + constructor,
                "}");
    }

    private static Compilation compile(JavaFileObject... entities) {
        List<JavaFileObject> sources = new java.util.ArrayList<>(List.of(ACCESS_LEVEL, NO_ARGS, REQUIRED_ARGS, NON_NULL));
        sources.addAll(List.of(entities));
        return Fixtures.compile(sources, "modeldoc.lint=off");
    }

    private static List<String> warnings(Compilation compilation) {
        return compilation.diagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.WARNING)
                .map(d -> d.getMessage(Locale.ROOT)).filter(m -> m.startsWith("[modeldoc:no-constructor]")).toList();
    }
}
