package io.modeldoc.processor.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The FreeMarker configuration of one compilation, and the parsed templates, each parsed once.
 * Template names ({@code feature.md.ftl}, {@code schema.sql.ftl} ...) are public: a file of the
 * same name in the {@code modeldoc.templates} folder replaces the built-in one.
 */
public final class Templates {

    static final String CLASSPATH_ROOT = "/io/modeldoc/processor/templates";

    private final Configuration configuration;
    private final Map<String, Template> parsed = new HashMap<>();

    private Templates(Configuration configuration) {
        this.configuration = configuration;
    }

    /** The built-in templates only. */
    public static Templates builtIn() {
        return create(null);
    }

    /**
     * The templates of {@code overrideFolder} where it has one of the name, else the built-in ones.
     *
     * @param overrideFolder the {@code modeldoc.templates} folder, or {@code null}
     * @throws IOException when the folder cannot be read
     */
    public static Templates withOverrides(File overrideFolder) throws IOException {
        return create(overrideFolder);
    }

    private static Templates create(File overrideFolder) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (overrideFolder != null) {
            try {
                loaders.add(new FileTemplateLoader(overrideFolder));
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the templates folder " + overrideFolder + ": " + e.getMessage(), e);
            }
        }
        ClassTemplateLoader classpath = new ClassTemplateLoader(Templates.class, CLASSPATH_ROOT);
        loaders.add(classpath);
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        // A cached jar connection can be closed under us by another processor (a known JDK issue).
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        cfg.setLocalizedLookup(false);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("c");
        cfg.setBooleanFormat("c");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        // Templates users supply must not reach into the JVM.
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        return new Templates(cfg);
    }

    /** The template of that name, parsed on first use. */
    public Template get(String name) throws IOException {
        Template template = parsed.get(name);
        if (template == null) {
            template = configuration.getTemplate(name);
            parsed.put(name, template);
        }
        return template;
    }
}
