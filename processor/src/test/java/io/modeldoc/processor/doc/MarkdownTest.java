package io.modeldoc.processor.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void cellEscapesEverythingThatWouldBreakTheTableOrInjectMarkup() {
        String cell = Markdown.cell("a | b \\ *c* _d_ `e` <script>alert(1)</script> [x](y)\nnext ~~s~~ &lt;");
        assertEquals("a \\| b \\\\ \\*c\\* \\_d\\_ \\`e\\` \\<script\\>alert(1)\\</script\\> \\[x\\](y) next \\~\\~s\\~\\~ \\&lt;", cell);
        assertFalse(cell.contains("\n"));
        assertEquals(0, unescapedPipes(cell), "every | must be escaped");
    }

    @Test
    void proseShowsItsCodeSpansAsCodeAndEscapesTheRest() {
        assertEquals("\\- as `a|b` and \\*c\\*, not \\`half", Markdown.prose("- as `a|b` and *c*, not `half"));
        assertEquals("\\- as `a\\|b` and \\*c\\*", Markdown.proseCell("- as `a|b` and *c*"));
    }

    @Test
    void intrawordUnderscoresStayReadable() {
        assertEquals("purchase_order \\_private", Markdown.inline("purchase_order _private"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "# not a heading; \\# not a heading",
            "- not a list; \\- not a list",
            "+ not a list; \\+ not a list",
            "1. not a list; 1\\. not a list",
            "2) not a list; 2\\) not a list",
            "> not a quote; \\> not a quote",
            "plain text; plain text"})
    void inlineTextCannotOpenABlock(String text, String expected) {
        assertEquals(expected, Markdown.inline(text));
    }

    @Test
    void headingTextCannotCloseTheHeading() {
        assertEquals("C \\#", Markdown.heading("C #"));
        assertEquals("\\# x", Markdown.heading("# x"), "escaped once, not twice");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
            "customer_id; `customer_id`",
            "a`b; ``a`b``",
            "a``b`c; ```a``b`c```",
            "`start; `` `start ``",
            "end`; `` end` ``",
            "\"  padded\nlines \"; `padded lines`"})
    void codeSpansUseAFenceLongerThanAnyBacktickRunInside(String text, String expected) {
        assertEquals(expected, Markdown.code(text));
    }

    @Test
    void codeSpansInCellsEscapePipesAndJoinLines() {
        assertEquals("`a \\| b c`", Markdown.codeCell("a | b\nc"));
        assertEquals("", Markdown.code(""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "PurchaseOrder; purchaseorder",
            "Data Model Design: Order Management; data-model-design-order-management",
            "purchase_order; purchase_order",
            "Café & Crème (v2); café--crème-v2",
            "Security Considerations; security-considerations"})
    void anchorsFollowGitHubsSlugRule(String heading, String anchor) {
        assertEquals(anchor, Markdown.anchor(heading));
    }

    @Test
    void repeatedHeadingsAreNumberedAsGitHubDoes() {
        Anchors anchors = new Anchors().reserve("Overview");
        assertEquals("overview-1", anchors.next("Overview"));
        assertEquals("order", anchors.next("Order"));
        assertEquals("order-1", anchors.next("order"));
        assertEquals("order-1-1", anchors.next("Order-1"));
        assertEquals("order-2", anchors.next("ORDER"));
    }

    @Test
    void linksEncodeWhatWouldEndTheDestination() {
        assertEquals("[A](my%20doc%29.md#a)", Markdown.link("A", "my doc).md#a"));
    }

    @Test
    void fencesOutgrowBacktickRunsInTheBody() {
        assertEquals("```", Markdown.fenceFor("select 1"));
        assertEquals("````", Markdown.fenceFor("comment '```'"));
    }

    @Test
    void wordsReadNaturally() {
        assertEquals("purchase order", Words.noun("PurchaseOrder"));
        assertEquals("url link", Words.noun("URLLink"));
        assertEquals("categories", Words.plural("category"));
        assertEquals("addresses", Words.plural("address"));
        assertEquals("days", Words.plural("day"));
        assertEquals("a, b and c", Words.series(java.util.List.of("a", "b", "c")));
        assertTrue(Words.count(1, "table").endsWith("table"));
        assertEquals("2 tables", Words.count(2, "table"));
    }

    /** Pipes GitHub would read as cell borders: those not preceded by an odd number of backslashes. */
    static int unescapedPipes(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '|') {
                int backslashes = 0;
                for (int j = i - 1; j >= 0 && text.charAt(j) == '\\'; j--) {
                    backslashes++;
                }
                count += backslashes % 2 == 0 ? 1 : 0;
            }
        }
        return count;
    }
}
