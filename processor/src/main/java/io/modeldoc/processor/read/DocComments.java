package io.modeldoc.processor.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Predicate;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * The main description of an element's Javadoc as plain text: block tags dropped, inline tags
 * reduced to their text, HTML tags removed, whitespace collapsed into one line.
 */
public final class DocComments {

    private static final Pattern BLOCK_TAG = Pattern.compile("(?m)^\\s*@\\w+");
    private static final Pattern INLINE_TAG = Pattern.compile("\\{@(\\w+)\\s*([^}]*)}");
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final Elements elements;
    private final Predicate<Element> fromSource;

    /**
     * @param fromSource whether an element was compiled from source in this compilation; class
     *                   files keep no Javadoc, so for their elements the description is unknown
     */
    public DocComments(Elements elements, Predicate<Element> fromSource) {
        this.elements = elements;
        this.fromSource = fromSource;
    }

    /**
     * The description: empty when the element has no Javadoc, {@code null} when it comes from a
     * class file and so cannot tell (an earlier build's snapshot may know).
     */
    public String of(Element element) {
        String raw = elements.getDocComment(element);
        if (raw != null) {
            return clean(raw);
        }
        return fromSource.test(element) ? "" : null;
    }

    static String clean(String raw) {
        String text = raw;
        Matcher block = BLOCK_TAG.matcher(text);
        if (block.find()) {
            text = text.substring(0, block.start());
        }
        // Most comments are plain prose: each pass runs only where its marker occurs.
        if (text.contains("{@")) {
            text = INLINE_TAG.matcher(text).replaceAll(match -> Matcher.quoteReplacement(inlineText(match.group(1), match.group(2))));
        }
        if (text.indexOf('<') >= 0) {
            text = HTML_TAG.matcher(text).replaceAll(" ");
        }
        if (text.indexOf('&') >= 0) {
            text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        }
        return WHITESPACE.matcher(text).replaceAll(" ").trim();
    }

    /**
     * {@code {@link Foo#bar label}} reads as its label, else as {@code Foo.bar}; {@code {@code x}} and
     * {@code {@literal x}} as {@code `x`}, the Markdown code span the document renders as code; other tags as their text.
     */
    private static String inlineText(String tag, String body) {
        String trimmed = body.trim();
        if ((tag.equals("code") || tag.equals("literal")) && !trimmed.isEmpty() && trimmed.indexOf('`') < 0) {
            return "`" + trimmed + "`";
        }
        if (!tag.startsWith("link")) {
            return trimmed;
        }
        int space = trimmed.indexOf(' ');
        return space > 0 ? trimmed.substring(space + 1).trim() : trimmed.replace('#', '.');
    }
}
