package io.modeldoc.processor.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modeldoc.processor.model.AccessPolicy;
import io.modeldoc.processor.model.Callback;
import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.Feature;
import io.modeldoc.processor.model.NamedQuery;
import io.modeldoc.processor.model.RiskNote;
import io.modeldoc.processor.model.Rule;
import io.modeldoc.processor.model.Usage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every generated document renders cleanly with CommonMark + GFM tables; and the check itself catches breakage. */
class RenderedMarkdownTest {

    /** Text that tries every way out of a cell, a heading, a list and into HTML. */
    static final String EVIL = "# x | y\n- <img src=x onerror=alert(1)> `z` [a](http://evil) ![i](x.png) \\| *b* _c_ </td>\n\n## h";

    @ParameterizedTest
    @ValueSource(strings = {"goldens/DocumentRendererTest/documentsMatchTheirGoldens", "goldens/BookshopGoldenTest/outputs/modeldoc"})
    void theGoldenDocumentsRenderCleanly(String folder) {
        Map<String, String> documents = markdownIn(folder);
        assertTrue(documents.size() >= 3, "documents in " + folder + ": " + documents.keySet());
        assertEquals(List.of(), RenderedMarkdown.problems(documents));
    }

    @Test
    void documentsRenderCleanlyInEveryDialect() {
        assertEquals(List.of(), RenderedMarkdown.problems(DocumentRendererTest.render(ShopModel.model(), TestSql.MYSQL)));
        assertEquals(List.of(), RenderedMarkdown.problems(DocumentRendererTest.render(ShopModel.model(), TestSql.POSTGRESQL)));
    }

    @Test
    void hostileTextInEveryFieldRendersAsWritten() {
        Map<String, String> documents = DocumentRendererTest.render(hostileModel(), TestSql.POSTGRESQL);
        assertEquals(List.of(), RenderedMarkdown.problems(documents));
        assertTrue(documents.get("evil.md").contains("```jpql"), "the hostile query is shown in Query Flow");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
            "a skipped level; # T\\n\\n### Three\\n; heading level 3 after level 1",
            "a second title; # T\\n\\n# U\\n; a second level-1 heading: U",
            "no title; ## T\\n; does not open with a level-1 heading",
            "a section out of order; # Data Model Design: X\\n\\n## Dependencies\\n\\n## Overview\\n; a section out of the template's order: Overview",
            "a subsection of another section; # Data Model Design: X\\n\\n## Overview\\n\\n### Tables\\n; a subsection Overview lacks in the template: Tables",
            "an extra cell; # T\\n\\n| a | b |\\n|---|---|\\n| 1 | 2 | 3 |\\n; a row with 3 cells under a header of 2",
            "a missing cell; # T\\n\\n| a | b |\\n|---|---|\\n| 1 |\\n; a row with 1 cells under a header of 2",
            "a pipe in a code span; # T\\n\\n| a | b |\\n|---|---|\\n| `x|y` | 2 |\\n; a row with 3 cells under a header of 2",
            "a short delimiter row; # T\\n\\n| a | b |\\n|---|\\n| 1 | 2 |\\n; lines that look like table rows do not parse as a table",
            "a missing anchor; # T\\n\\n[x](#nowhere)\\n; a link to a missing anchor: #nowhere",
            "a missing document; # T\\n\\n[x](other.md)\\n; a link to a missing document: other.md",
            "a link out; # T\\n\\n[x](https://example.org)\\n; a link leaving the documents: https://example.org",
            "inline HTML; # T\\n\\na <b>bold</b> move\\n; raw HTML: <b>",
            "an HTML block; # T\\n\\n<div>\\nx\\n</div>\\n; raw HTML block: <div>",
            "an image; # T\\n\\n![x](x.png)\\n; an image: x.png"})
    void theCheckCatches(String what, String document, String problem) {
        List<String> problems = RenderedMarkdown.problems(Map.of("a.md", document.replace("\\n", "\n")));
        assertTrue(problems.stream().anyMatch(p -> p.contains(problem)), what + ": " + problems);
    }

    @Test
    void escapedPipesAndRepeatedHeadingsAreFine() {
        String document = "# T\n\n## Overview\n\n| a | b |\n|---|---|\n| `x\\|y` \\| z | 2 |\n\n### A\n\n#### A\n\n[first](#a) [second](#a-1) [t](#t)\n";
        assertEquals(List.of(), RenderedMarkdown.problems(Map.of("a.md", document)));
    }

    /** A feature, entity, rule, usage, policy, query and callback made of {@link #EVIL} text. */
    static DataModel hostileModel() {
        Feature feature = new Feature(EVIL, "evil", "io.evil", EVIL, EVIL, EVIL, EVIL + "\n\n" + EVIL, List.of(EVIL),
                new Usage(List.of(EVIL), List.of(EVIL), EVIL, EVIL, EVIL), List.of(EVIL), List.of(EVIL),
                List.of(new RiskNote(EVIL, "Business", EVIL, EVIL), new RiskNote(EVIL, "Technical", EVIL, "")));
        Entity base = ShopModel.customer();
        Entity entity = base.toBuilder()
                .featureSlug("evil")
                .purpose(EVIL)
                .rules(List.of(new Rule(EVIL, EVIL, EVIL, EVIL, EVIL), new Rule("", EVIL, "", "", "")))
                .usage(new Usage(List.of(EVIL), List.of(EVIL), EVIL, EVIL, EVIL))
                .access(new AccessPolicy(List.of(EVIL), List.of(EVIL), EVIL))
                .archival(EVIL)
                .risks(List.of(new RiskNote(EVIL, EVIL, EVIL, EVIL)))
                .queries(List.of(new NamedQuery(EVIL, EVIL + "\n```\n~~~", false), new NamedQuery("", EVIL, true)))
                .callbacks(List.of(new Callback(EVIL, EVIL)))
                .cache(EVIL)
                .audited(true)
                .build();
        return new DataModel(List.of(feature), List.of(entity), List.of(ShopModel.customerTable()), List.of());
    }

    /** The {@code .md} files of a test resource folder, by file name. */
    static Map<String, String> markdownIn(String folder) {
        URL url = RenderedMarkdownTest.class.getClassLoader().getResource(folder);
        if (url == null) {
            throw new AssertionError("no test resource folder " + folder);
        }
        Map<String, String> documents = new TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                documents.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException | URISyntaxException e) {
            throw new AssertionError("cannot read " + folder, e);
        }
        return documents;
    }
}
