package io.modeldoc.processor.doc;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/** How GitHub reads what the parser leaves open: table cells in the source, heading anchors, link targets. */
final class GfmRules {

    private GfmRules() {
    }

    /**
     * The cells of a table row as GFM splits it: at every {@code |} not directly after a backslash
     * (also inside code spans), without the optional pipes at either end.
     */
    static int cells(String row) {
        String line = row.strip();
        int start = line.startsWith("|") ? 1 : 0;
        int end = line.length();
        if (end > start && line.endsWith("|") && !(end >= 2 && line.charAt(end - 2) == '\\')) {
            end--;
        }
        int cells = 1;
        for (int i = start; i < end; i++) {
            if (line.charAt(i) == '|' && (i == 0 || line.charAt(i - 1) != '\\')) {
                cells++;
            }
        }
        return cells;
    }

    /** The heading's text as a reader sees it: literal text and code, markup gone. */
    static String text(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }
        });
        return out.toString();
    }

    /**
     * The anchors GitHub gives the headings: the text lower-cased, characters other than letters,
     * marks, digits, {@code _}, {@code -} and spaces dropped, spaces made {@code -}; a repeated
     * anchor gets {@code -1}, {@code -2} ... in document order.
     */
    static Set<String> anchors(List<Heading> headings) {
        Map<String, Integer> seen = new HashMap<>();
        Set<String> anchors = new HashSet<>();
        for (Heading heading : headings) {
            StringBuilder slug = new StringBuilder();
            text(heading).toLowerCase(Locale.ROOT).codePoints().forEach(cp -> {
                int type = Character.getType(cp);
                boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                        || type == Character.ENCLOSING_MARK;
                if (cp == ' ') {
                    slug.append('-');
                } else if (Character.isLetterOrDigit(cp) || mark || cp == '_' || cp == '-') {
                    slug.appendCodePoint(cp);
                }
            });
            String base = slug.toString();
            String anchor = base;
            while (seen.containsKey(anchor)) {
                int n = seen.merge(base, 1, Integer::sum);
                anchor = base + "-" + n;
            }
            seen.put(anchor, 0);
            anchors.add(anchor);
        }
        return anchors;
    }

    /** Percent-decodes a link target, as a browser does before matching a file or an anchor. */
    static String decode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        byte[] pending = new byte[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length()) {
                pending[n++] = (byte) Integer.parseInt(text.substring(i + 1, i + 3), 16);
                i += 2;
                continue;
            }
            if (n > 0) {
                out.append(new String(pending, 0, n, StandardCharsets.UTF_8));
                n = 0;
            }
            out.append(c);
        }
        if (n > 0) {
            out.append(new String(pending, 0, n, StandardCharsets.UTF_8));
        }
        return out.toString();
    }
}
