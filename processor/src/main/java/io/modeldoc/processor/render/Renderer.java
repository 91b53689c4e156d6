package io.modeldoc.processor.render;

import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Renders a template over a view object and normalises the text. */
public final class Renderer {

    private final Templates templates;

    public Renderer(Templates templates) {
        this.templates = templates;
    }

    /**
     * Renders {@code templateName} with {@code view} as its data model: the template reads the
     * view's record components directly ({@code ${title}}).
     *
     * @throws TemplateFailure when the template is missing, does not parse or fails
     */
    public String render(String templateName, Object view) {
        StringWriter out = new StringWriter();
        try {
            templates.get(templateName).process(view, out);
        } catch (TemplateException e) {
            throw new TemplateFailure(templateName, line(e.getLineNumber()), oneLine(e.getMessageWithoutStackTop()), e);
        } catch (freemarker.core.ParseException e) {
            throw new TemplateFailure(templateName, e.getLineNumber(), oneLine(e.getEditorMessage()), e);
        } catch (IOException e) {
            throw new TemplateFailure(templateName, 0, oneLine(e.getMessage()), new UncheckedIOException(e));
        }
        return TextNormalizer.normalize(out.toString());
    }

    private static int line(Integer line) {
        return line == null ? 0 : line;
    }

    /** FreeMarker's messages span lines and end with tips; a diagnostic wants the first sentence block. */
    private static String oneLine(String message) {
        String text = message == null ? "" : message.strip();
        int tips = text.indexOf("\n----");
        return (tips < 0 ? text : text.substring(0, tips)).replaceAll("\\s+", " ").strip().replaceAll("\\.$", "");
    }

    /** A template that could not be loaded, parsed or run. */
    public static final class TemplateFailure extends RuntimeException {

        private final String templateName;
        private final int line;

        TemplateFailure(String templateName, int line, String message, Throwable cause) {
            super(message, cause);
            this.templateName = templateName;
            this.line = line;
        }

        public String templateName() {
            return templateName;
        }

        /** The line in the template, 1 first; 0 when unknown. */
        public int line() {
            return line;
        }
    }
}
