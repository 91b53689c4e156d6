package io.modeldoc.processor.compile;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.JavaFileObjects;
import io.modeldoc.processor.support.DiskCompilation;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mapped superclasses that extend each other in a ring never reach ModelDoc: javac refuses the cyclic inheritance
 * before annotation processing, so the build ends with javac's own error and no ModelDoc failure. (Embeddables and
 * derived identifiers in a ring are ModelDoc's to report: see the error catalogue.)
 */
class InheritanceCycleTest {

    @Test
    void javacRefusesAMappedSuperclassRingBeforeModelDocRuns(@TempDir Path folder) {
        DiskCompilation compilation = DiskCompilation.compile(folder, List.of(
                JavaFileObjects.forSourceLines("test.BaseA", "package test;",
                        "@jakarta.persistence.MappedSuperclass public abstract class BaseA extends BaseB { String a; }"),
                JavaFileObjects.forSourceLines("test.BaseB", "package test;",
                        "@jakarta.persistence.MappedSuperclass public abstract class BaseB extends BaseA { String b; }"),
                JavaFileObjects.forSourceLines("test.Holder", "package test;",
                        "@jakarta.persistence.Entity public class Holder extends BaseA { @jakarta.persistence.Id Long id; }")),
                "modeldoc.dialects=h2");

        assertThat(compilation.success()).isFalse();
        assertThat(compilation.diagnostics()).extracting(d -> d.getMessage(Locale.ROOT))
                .anyMatch(message -> message.contains("cyclic inheritance"))
                .noneMatch(message -> message.startsWith("[modeldoc:"));
    }
}
