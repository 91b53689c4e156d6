package io.modeldoc.processor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modeldoc.processor.doc.DocumentFile;
import io.modeldoc.processor.doc.DocumentRenderer;
import io.modeldoc.processor.doc.IndexDocument;
import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.Feature;
import io.modeldoc.processor.model.Usage;
import io.modeldoc.processor.sql.Dialect;
import io.modeldoc.processor.sql.Dialects;
import io.modeldoc.processor.sql.ReadableConstraintNamer;
import io.modeldoc.processor.sql.SchemaPlanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code modeldoc.templates} replaces built-in templates by name, and no template reaches into the JVM. */
class TemplatesTest {

    private static final Dialect POSTGRESQL = Dialects.named("postgresql");

    @TempDir
    Path folder;

    @Test
    void aTemplateInTheOverrideFolderReplacesTheBuiltInOneOfItsName() throws IOException {
        write(DocumentRenderer.INDEX_TEMPLATE, """
                <#-- @ftlvariable name="" type="io.modeldoc.processor.doc.IndexDocument" -->
                # Our data

                <#list features as f>
                * ${f.feature}: ${f.entities} entities, ${f.coverage} documented
                </#list>
                """);
        Map<String, String> overridden = render(Templates.withOverrides(folder.toFile()));
        Map<String, String> builtIn = render(Templates.builtIn());

        assertEquals("# Our data\n\n* [Sales](sales.md): 0 entities, — documented\n", overridden.get("index.md"));
        assertTrue(builtIn.get("index.md").startsWith("# Data Model\n"), builtIn.get("index.md"));
        assertEquals(builtIn.get("sales.md"), overridden.get("sales.md"), "a template the folder lacks stays built in");
    }

    @Test
    void aTemplateCannotInstantiateClassesWithNew() throws IOException {
        write(DocumentRenderer.INDEX_TEMPLATE, """
                <#assign run = "freemarker.template.utility.Execute"?new()>${run("id")}
                """);
        Renderer.TemplateFailure failure = assertThrows(Renderer.TemplateFailure.class, () -> renderIndex(folder));
        assertEquals(DocumentRenderer.INDEX_TEMPLATE, failure.templateName());
        assertTrue(failure.getMessage().contains("not allowed"), failure.getMessage());
    }

    @Test
    void aTemplateCannotReachTheJavaApiOfItsValues() throws IOException {
        write(DocumentRenderer.INDEX_TEMPLATE, """
                ${features?api.getClass().getName()}
                """);
        Renderer.TemplateFailure failure = assertThrows(Renderer.TemplateFailure.class, () -> renderIndex(folder));
        assertTrue(failure.getMessage().contains("api"), failure.getMessage());
    }

    private void write(String name, String template) throws IOException {
        Files.writeString(folder.resolve(name), template, StandardCharsets.UTF_8);
    }

    private static String renderIndex(Path overrides) throws IOException {
        return new DocumentRenderer(new Renderer(Templates.withOverrides(overrides.toFile())))
                .renderIndex(new IndexDocument(List.of(), List.of()));
    }

    private static Map<String, String> render(Templates templates) {
        Feature sales = new Feature("Sales", "sales", "io.sales", "", "Draft", "", "", List.of(), Usage.NONE, List.of(), List.of(), List.of());
        DataModel model = new DataModel(List.of(sales), List.of(), List.of(), List.of());
        Map<String, String> byPath = new TreeMap<>();
        List<DocumentFile> files = new DocumentRenderer(new Renderer(templates)).render(model, POSTGRESQL,
                new SchemaPlanner(POSTGRESQL, new ReadableConstraintNamer(POSTGRESQL)).plan(model), new ReadableConstraintNamer(POSTGRESQL));
        files.forEach(file -> byPath.put(file.path(), file.content()));
        return byPath;
    }
}
