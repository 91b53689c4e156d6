package io.modeldoc.processor.compile;

import static org.assertj.core.api.Assertions.assertThat;

import io.modeldoc.processor.support.DiskCompilation;
import io.modeldoc.processor.support.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template override that does not parse is an ERROR naming the file and line; the other outputs are still written. */
class TemplateOverrideErrorTest {

    @Test
    void syntaxErrorNamesTheTemplateFileAndLine(@TempDir Path folder) throws IOException {
        Path templates = Files.createDirectories(folder.resolve("templates"));
        Files.writeString(templates.resolve("index.md.ftl"), "# Index\n\n<#if>\n</#if>\n");

        DiskCompilation compilation = DiskCompilation.compile(folder, Fixtures.sources("bookshop"),
                "modeldoc.dialects=h2", "modeldoc.lint=off", "modeldoc.templates=" + templates);

        List<Diagnostic<? extends JavaFileObject>> errors = compilation.of(Diagnostic.Kind.ERROR);
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).getMessage(Locale.ROOT))
                .startsWith("[modeldoc:template] Template " + templates.resolve("index.md.ftl") + " failed at line 3: ")
                .endsWith("Fix the template, or remove it from the modeldoc.templates folder to use the built-in one.");
        assertThat(compilation.output("schema-h2.sql")).contains("create table book (");
        assertThat(compilation.output("catalogue.md")).contains("# Data Model Design: Catalogue");
    }
}
