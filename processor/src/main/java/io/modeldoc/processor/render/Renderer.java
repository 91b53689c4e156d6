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
            throw new TemplateFailure(templateName, e.getMessageWithoutStackTop(), e);
        } catch (freemarker.core.ParseException e) {
            throw new TemplateFailure(templateName, e.getMessage(), e);
        } catch (IOException e) {
            throw new TemplateFailure(templateName, e.getMessage(), new UncheckedIOException(e));
        }
        return TextNormalizer.normalize(out.toString());
    }

    /** A template that could not be loaded, parsed or run. */
    public static final class TemplateFailure extends RuntimeException {

        private final String templateName;

        TemplateFailure(String templateName, String message, Throwable cause) {
            super(message, cause);
            this.templateName = templateName;
        }

        public String templateName() {
            return templateName;
        }
    }
}
