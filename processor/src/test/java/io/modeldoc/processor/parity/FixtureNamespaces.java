package io.modeldoc.processor.parity;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The catalogs and schemas a fixture model names in its mappings ({@code @Table}, {@code @SecondaryTable},
 * {@code @JoinTable}, {@code @CollectionTable}, {@code @SequenceGenerator}, {@code @TableGenerator}: every
 * annotation with {@code catalog()} and {@code schema()} members, nested ones too). A scratch database gives
 * each its own per-run stand-in, so that scripts with explicit namespaces neither escape the scratch space nor
 * collide with parallel runs.
 */
public record FixtureNamespaces(SortedSet<String> catalogs, SortedSet<String> schemas) {

    public static final FixtureNamespaces NONE = new FixtureNamespaces(new TreeSet<>(), new TreeSet<>());

    public FixtureNamespaces {
        catalogs = new TreeSet<>(catalogs);
        schemas = new TreeSet<>(schemas);
    }

    public boolean isEmpty() {
        return catalogs.isEmpty() && schemas.isEmpty();
    }

    /** The namespaces named on the classes and their fields and methods. */
    public static FixtureNamespaces of(ClassLoader loader, List<String> classNames) {
        SortedSet<String> catalogs = new TreeSet<>();
        SortedSet<String> schemas = new TreeSet<>();
        for (String className : classNames) {
            Class<?> type;
            try {
                type = Class.forName(className, false, loader);
            } catch (ClassNotFoundException e) {
                throw new IllegalArgumentException("fixture class not found: " + className, e);
            }
            List<AnnotatedElement> elements = new ArrayList<>(List.of(type));
            elements.addAll(List.of(type.getDeclaredFields()));
            elements.addAll(List.of(type.getDeclaredMethods()));
            for (AnnotatedElement element : elements) {
                for (Annotation annotation : element.getAnnotations()) {
                    collect(annotation, catalogs, schemas);
                }
            }
        }
        return new FixtureNamespaces(catalogs, schemas);
    }

    private static void collect(Annotation annotation, Set<String> catalogs, Set<String> schemas) {
        for (Method member : annotation.annotationType().getDeclaredMethods()) {
            Object value = valueOf(member, annotation);
            if (member.getName().equals("catalog") && value instanceof String name && !name.isEmpty()) {
                catalogs.add(name);
            } else if (member.getName().equals("schema") && value instanceof String name && !name.isEmpty()) {
                schemas.add(name);
            } else if (value instanceof Annotation nested) {
                collect(nested, catalogs, schemas);
            } else if (value instanceof Annotation[] nested) {
                for (Annotation each : nested) {
                    collect(each, catalogs, schemas);
                }
            }
        }
    }

    private static Object valueOf(Method member, Annotation annotation) {
        try {
            return member.getParameterCount() == 0 ? member.invoke(annotation) : null;
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + member + " of " + annotation, e);
        }
    }
}
