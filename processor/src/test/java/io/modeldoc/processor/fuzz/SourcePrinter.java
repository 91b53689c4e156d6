package io.modeldoc.processor.fuzz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Prints a generated class as Java source: imports for the qualified names it uses (the first of two clashing
 * simple names is imported, the other stays qualified), then the declaration. Shrunk fixtures are read by people,
 * so the source looks hand-written.
 */
public final class SourcePrinter {

    /** A qualified type name in source: lower-case package segments, then a capitalised simple name. */
    private static final Pattern QUALIFIED = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_]*");

    private final String packageName;
    /** Simple name to the qualified name imported for it. */
    private final Map<String, String> imports = new LinkedHashMap<>();

    private SourcePrinter(String packageName) {
        this.packageName = packageName;
    }

    /** The file name and source text of every class of the model. */
    public static Map<String, String> sources(FuzzModel model) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (JavaClass type : model.classes()) {
            sources.put(model.packageName().replace('.', '/') + "/" + type.name() + ".java", print(model.packageName(), type));
        }
        return sources;
    }

    public static String print(String packageName, JavaClass type) {
        return new SourcePrinter(packageName).render(type);
    }

    private String render(JavaClass type) {
        String body = declaration(type);
        StringBuilder source = new StringBuilder("package ").append(packageName).append(";\n\n");
        new TreeSet<>(imports.values()).stream().filter(q -> !q.matches("java\\.lang\\.[A-Z]\\w*"))
                .forEach(q -> source.append("import ").append(q).append(";\n"));
        if (!imports.isEmpty()) {
            source.append('\n');
        }
        return source.append(body).toString();
    }

    private String declaration(JavaClass type) {
        StringBuilder text = new StringBuilder();
        type.annotations().forEach(a -> text.append(annotation(a)).append('\n'));
        text.append("public ").append(switch (type.kind()) {
            case CLASS -> "class ";
            case ABSTRACT_CLASS -> "abstract class ";
            case ENUM -> "enum ";
        }).append(type.name());
        if (!type.typeParameters().isEmpty()) {
            text.append(type.typeParameters().stream().map(this::names).collect(Collectors.joining(", ", "<", ">")));
        }
        if (!type.superclass().isEmpty()) {
            text.append(" extends ").append(names(type.superclass()));
        }
        if (!type.interfaces().isEmpty()) {
            text.append(" implements ").append(type.interfaces().stream().map(this::names).collect(Collectors.joining(", ")));
        }
        text.append(" {\n");
        if (type.kind() == JavaClass.Kind.ENUM) {
            text.append("    ").append(String.join(", ", type.constants())).append('\n');
        }
        for (JavaField field : type.fields()) {
            text.append('\n');
            field.annotations().forEach(a -> text.append("    ").append(annotation(a)).append('\n'));
            text.append("    private ").append(names(field.type())).append(' ').append(field.name()).append(";\n");
        }
        return text.append("}\n").toString();
    }

    private String annotation(JavaAnnotation annotation) {
        StringBuilder text = new StringBuilder("@").append(use(annotation.type()));
        List<JavaAnnotation.Element> elements = annotation.elements();
        if (elements.isEmpty()) {
            return text.toString();
        }
        text.append('(');
        if (elements.size() == 1 && elements.get(0).name().equals("value")) {
            text.append(value(elements.get(0).value()));
        } else {
            text.append(elements.stream().map(e -> e.name() + " = " + value(e.value())).collect(Collectors.joining(", ")));
        }
        return text.append(')').toString();
    }

    private String value(JavaAnnotation.Value value) {
        if (value instanceof JavaAnnotation.Literal literal) {
            return literal.source().startsWith("\"") ? literal.source() : names(literal.source());
        }
        if (value instanceof JavaAnnotation.Nested nested) {
            return annotation(nested.annotation());
        }
        return ((JavaAnnotation.Array) value).values().stream().map(this::value).collect(Collectors.joining(", ", "{", "}"));
    }

    /** Replaces every qualified name in a piece of source by its simple name where it can be imported. */
    private String names(String source) {
        Matcher matcher = QUALIFIED.matcher(source);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(text, Matcher.quoteReplacement(use(matcher.group())));
        }
        return matcher.appendTail(text).toString();
    }

    private String use(String qualified) {
        if (qualified.startsWith(packageName + ".")) {
            return qualified.substring(packageName.length() + 1);
        }
        String simple = qualified.substring(qualified.lastIndexOf('.') + 1);
        String imported = imports.putIfAbsent(simple, qualified);
        return imported == null || imported.equals(qualified) ? simple : qualified;
    }
}
