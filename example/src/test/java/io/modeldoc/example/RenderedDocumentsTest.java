package io.modeldoc.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modeldoc.processor.doc.RenderedMarkdown;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The example's documents, rendered with CommonMark + GFM tables: headings as in the template,
 * whole tables, links that resolve, no raw HTML; and together they feed every section of the
 * template that annotations and mappings can feed.
 */
class RenderedDocumentsTest {

    /** Sections no annotation or mapping feeds: a later issue brings migrations. */
    private static final Set<String> NOT_FED = Set.of("Modified Entities", "Migration Strategy", "Database Migration",
            "Rollback Plan");

    private static final Pattern SECTION = Pattern.compile("(?m)^#{2,3} (.+)$");

    @Test
    void everyDocumentRendersCleanly() {
        Map<String, String> documents = documents();
        assertEquals(List.of(), RenderedMarkdown.problems(documents));
    }

    @Test
    void theDocumentsTogetherFeedEveryTemplateSectionTheModelCanFeed() {
        Set<String> shown = new TreeSet<>();
        for (String slug : List.of("catalogue", "orders")) {
            Matcher m = SECTION.matcher(withoutCodeBlocks(Outputs.document(slug)));
            while (m.find()) {
                shown.add(m.group(1).strip());
            }
        }
        List<String> missing = new ArrayList<>();
        RenderedMarkdown.TEMPLATE.forEach((section, subsections) -> {
            for (String heading : concat(section, subsections)) {
                if (!NOT_FED.contains(heading) && !shown.contains(heading)) {
                    missing.add(heading);
                }
            }
        });
        assertEquals(List.of(), missing, "template sections no example document shows");
    }

    /** Every {@code .md} output, by its path below {@code modeldoc/}: the index links them all. */
    private static Map<String, String> documents() {
        Map<String, String> documents = new TreeMap<>();
        String index = Outputs.read("modeldoc/index.md");
        documents.put("index.md", index);
        Matcher link = Pattern.compile("\\]\\(([a-z0-9-]+\\.md)[)#]").matcher(index);
        while (link.find()) {
            documents.putIfAbsent(link.group(1), Outputs.read("modeldoc/" + link.group(1)));
        }
        assertTrue(documents.size() >= 3, "index.md links no feature document: " + documents.keySet());
        return documents;
    }

    private static List<String> concat(String section, List<String> subsections) {
        List<String> all = new ArrayList<>(subsections.size() + 1);
        all.add(section);
        all.addAll(subsections);
        return all;
    }

    private static String withoutCodeBlocks(String document) {
        return document.replaceAll("(?ms)^( *)(`{3,})[^\\n]*\\n.*?^\\1\\2\\n", "");
    }
}
