package io.modeldoc.processor.doc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Renders a set of generated documents with a real CommonMark + GFM tables parser and lists what
 * a reader on a code host would see broken: heading levels off the design template, table rows
 * whose cell count differs from their header's, internal links to a missing document or anchor,
 * links leaving the documents, and raw HTML. Anchors are computed here, independently of the
 * processor, the way GitHub computes them. Shared with the example module's tests.
 */
public final class RenderedMarkdown {

    /** The design template's sections, each with its subsections, in order. */
    public static final Map<String, List<String>> TEMPLATE = template();

    private static final java.util.regex.Pattern PHASE = java.util.regex.Pattern.compile("Phase [1-9][0-9]*: .+");

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private RenderedMarkdown() {
    }

    /**
     * Every problem of the documents, as {@code path: line n: what}; empty when they render cleanly.
     *
     * @param documents path (relative to one folder, e.g. {@code orders.md}) → content
     */
    public static List<String> problems(Map<String, String> documents) {
        Map<String, Node> parsed = new LinkedHashMap<>();
        Map<String, Set<String>> anchors = new HashMap<>();
        documents.forEach((path, text) -> {
            Node root = PARSER.parse(text);
            parsed.put(path, root);
            anchors.put(path, GfmRules.anchors(headings(root)));
        });
        List<String> problems = new ArrayList<>();
        parsed.forEach((path, root) -> {
            Reporter report = new Reporter(path, problems);
            checkHeadings(headings(root), report);
            root.accept(new Visitor(documents.get(path), path, anchors, report));
        });
        return problems;
    }

    /** Collects problems with the line they are on. */
    private record Reporter(String path, List<String> problems) {
        void at(Node node, String problem) {
            List<SourceSpan> spans = node.getSourceSpans();
            String line = spans.isEmpty() ? "?" : String.valueOf(spans.get(0).getLineIndex() + 1);
            problems.add(path + ": line " + line + ": " + problem);
        }
    }

    private static List<Heading> headings(Node root) {
        List<Heading> headings = new ArrayList<>();
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings.add(heading);
            }
        });
        return headings;
    }

    /** One {@code #} heading, first; no level skipped; a design document's sections as in the template. */
    private static void checkHeadings(List<Heading> headings, Reporter report) {
        if (headings.isEmpty() || headings.get(0).getLevel() != 1) {
            report.problems().add(report.path() + ": does not open with a level-1 heading");
            return;
        }
        boolean design = GfmRules.text(headings.get(0)).startsWith("Data Model Design: ");
        int previous = 0;
        List<String> sections = List.copyOf(TEMPLATE.keySet());
        int sectionIndex = -1;
        String section = null;
        int subsectionIndex = -1;
        for (Heading heading : headings) {
            int level = heading.getLevel();
            String text = GfmRules.text(heading);
            if (level == 1 && previous != 0) {
                report.at(heading, "a second level-1 heading: " + text);
            }
            if (level > previous + 1) {
                report.at(heading, "heading level " + level + " after level " + previous + ": " + text);
            }
            if (design && level == 2) {
                int index = sections.indexOf(text);
                if (index <= sectionIndex) {
                    report.at(heading, index < 0 ? "a section the template lacks: " + text : "a section out of the template's order: " + text);
                } else {
                    sectionIndex = index;
                }
                section = text;
                subsectionIndex = -1;
            } else if (design && level == 3 && "Implementation Timeline".equals(section) && PHASE.matcher(text).matches()) {
                // The template's phases are examples: a team names and numbers its own, so any is in place.
            } else if (design && level == 3) {
                List<String> subsections = section == null ? List.of() : TEMPLATE.getOrDefault(section, List.of());
                int index = subsections.indexOf(text);
                if (index <= subsectionIndex) {
                    report.at(heading, index < 0 ? "a subsection " + section + " lacks in the template: " + text
                            : "a subsection out of the template's order: " + text);
                } else {
                    subsectionIndex = index;
                }
            }
            previous = level;
        }
    }

    /** Checks tables, links and HTML, node by node. */
    private static final class Visitor extends AbstractVisitor {

        private final String source;
        private final String path;
        private final Map<String, Set<String>> anchors;
        private final Reporter report;

        Visitor(String source, String path, Map<String, Set<String>> anchors, Reporter report) {
            this.source = source;
            this.path = path;
            this.anchors = anchors;
            this.report = report;
        }

        @Override
        public void visit(CustomBlock block) {
            if (block instanceof TableBlock table) {
                checkTable(table);
            }
            visitChildren(block);
        }

        @Override
        public void visit(CustomNode node) {
            visitChildren(node);
        }

        /** A header and delimiter row that disagree make no table at all: the rows read as one paragraph. */
        @Override
        public void visit(Paragraph paragraph) {
            long rowLike = paragraph.getSourceSpans().stream()
                    .map(span -> source.substring(span.getInputIndex(), span.getInputIndex() + span.getLength()).strip())
                    .filter(line -> line.startsWith("|")).count();
            if (rowLike >= 2) {
                report.at(paragraph, "lines that look like table rows do not parse as a table");
            }
            visitChildren(paragraph);
        }

        @Override
        public void visit(HtmlBlock html) {
            report.at(html, "raw HTML block: " + html.getLiteral().strip());
        }

        @Override
        public void visit(HtmlInline html) {
            report.at(html, "raw HTML: " + html.getLiteral());
        }

        @Override
        public void visit(Image image) {
            report.at(image, "an image: " + image.getDestination());
        }

        @Override
        public void visit(Link link) {
            checkLink(link);
            visitChildren(link);
        }

        /** Cells are counted in the source: the parser pads short rows and drops extra cells. */
        private void checkTable(TableBlock table) {
            List<TableRow> rows = new ArrayList<>();
            table.accept(new AbstractVisitor() {
                @Override
                public void visit(CustomNode node) {
                    if (node instanceof TableRow row) {
                        rows.add(row);
                    }
                    visitChildren(node);
                }
            });
            if (rows.isEmpty() || !(rows.get(0).getParent() instanceof TableHead)) {
                report.at(table, "a table without a header row");
                return;
            }
            int header = GfmRules.cells(rowText(rows.get(0)));
            String delimiter = lineAfter(rows.get(0));
            if (GfmRules.cells(delimiter) != header) {
                report.at(rows.get(0), "the delimiter row has " + GfmRules.cells(delimiter) + " cells, the header " + header);
            }
            for (TableRow row : rows.subList(1, rows.size())) {
                int count = GfmRules.cells(rowText(row));
                if (count != header) {
                    report.at(row, "a row with " + count + " cells under a header of " + header + ": " + rowText(row));
                }
            }
        }

        private String rowText(Node row) {
            SourceSpan span = row.getSourceSpans().get(0);
            return source.substring(span.getInputIndex(), span.getInputIndex() + span.getLength());
        }

        private String lineAfter(Node row) {
            SourceSpan span = row.getSourceSpans().get(0);
            int start = source.indexOf('\n', span.getInputIndex()) + 1;
            int end = source.indexOf('\n', start);
            return source.substring(start, end < 0 ? source.length() : end);
        }

        private void checkLink(Link link) {
            String destination = link.getDestination();
            if (destination.isEmpty()) {
                report.at(link, "a link without a target");
                return;
            }
            int hash = destination.indexOf('#');
            String file = hash < 0 ? destination : destination.substring(0, hash);
            if (file.contains(":") || file.startsWith("/") || file.startsWith("//")) {
                report.at(link, "a link leaving the documents: " + destination);
                return;
            }
            String target = file.isEmpty() ? path : GfmRules.decode(file.startsWith("./") ? file.substring(2) : file);
            if (!anchors.containsKey(target)) {
                report.at(link, "a link to a missing document: " + destination);
            } else if (hash >= 0 && !anchors.get(target).contains(GfmRules.decode(destination.substring(hash + 1)))) {
                report.at(link, "a link to a missing anchor: " + destination);
            }
        }
    }

    private static Map<String, List<String>> template() {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        sections.put("Overview", List.of());
        sections.put("Business Context", List.of("Data Requirements", "Usage Patterns"));
        sections.put("Current Data Model Analysis", List.of("Existing Entities", "Integration Points"));
        sections.put("Proposed Data Model", List.of("New Entities", "Modified Entities"));
        sections.put("Database Schema", List.of("Tables", "Indexes"));
        sections.put("Data Flow", List.of("Create/Update Flow", "Query Flow"));
        sections.put("Data Validation", List.of("Business Rules Validation", "Data Integrity"));
        sections.put("Migration Strategy", List.of("Database Migration", "Rollback Plan"));
        sections.put("Performance Considerations", List.of("Query Optimization", "Caching Strategy", "Archival Strategy"));
        sections.put("Security Considerations", List.of("Data Protection", "Access Control"));
        sections.put("Testing Strategy", List.of("Unit Tests", "Integration Tests"));
        sections.put("Monitoring & Maintenance", List.of("Metrics to Monitor", "Maintenance Tasks"));
        sections.put("Dependencies", List.of("Upstream Systems", "Downstream Systems"));
        sections.put("Risk Assessment", List.of("Technical Risks", "Business Risks"));
        sections.put("Implementation Timeline", List.of());
        return java.util.Collections.unmodifiableMap(sections);
    }
}
