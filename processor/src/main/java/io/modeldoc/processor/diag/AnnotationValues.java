package io.modeldoc.processor.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.ElementFilter;

/**
 * Finds the annotation value that holds a text, so that a diagnostic about a name points at the very
 * {@code name = "…"} that wrote it. Names reach the model transformed by the naming strategy (lower case, {@code _}
 * inserted), so texts are compared with case and underscores ignored; a list value ({@code columnList}) holds a
 * text when one of its comma-separated parts does.
 */
final class AnnotationValues {

    private AnnotationValues() {
    }

    /** Where a text was found: the element, the (possibly nested) annotation, and the value. */
    record Found(Element element, AnnotationMirror annotation, AnnotationValue value) {
    }

    /**
     * The value holding {@code text} among the annotations of {@code element}; where {@code searchFields}, also those of
     * the fields of the class and of its superclasses, in that order.
     */
    static Optional<Found> find(Element element, String text, boolean searchFields) {
        String wanted = normal(text);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        List<Element> candidates = new ArrayList<>();
        candidates.add(element);
        if (searchFields && element instanceof TypeElement type) {
            for (TypeElement level = type; level != null; level = superclass(level)) {
                candidates.add(level);
                candidates.addAll(ElementFilter.fieldsIn(level.getEnclosedElements()));
                candidates.addAll(ElementFilter.methodsIn(level.getEnclosedElements()));
            }
        }
        for (Element candidate : candidates) {
            for (AnnotationMirror annotation : candidate.getAnnotationMirrors()) {
                Optional<Found> found = search(candidate, annotation, wanted);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> search(Element element, AnnotationMirror annotation, String wanted) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : annotation.getElementValues().entrySet()) {
            Optional<Found> found = search(element, annotation, entry.getValue(), wanted);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> search(Element element, AnnotationMirror annotation, AnnotationValue value, String wanted) {
        Object held = value.getValue();
        if (held instanceof String text && holds(text, wanted)) {
            return Optional.of(new Found(element, annotation, value));
        }
        if (held instanceof AnnotationMirror nested) {
            // reported against the top-level annotation: javac locates a nested value inside its tree
            return search(element, nested, wanted).map(f -> new Found(element, annotation, f.value()));
        }
        if (held instanceof List<?> values) {
            for (Object item : values) {
                if (item instanceof AnnotationValue itemValue) {
                    Optional<Found> found = search(element, annotation, itemValue, wanted);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean holds(String text, String wanted) {
        if (normal(text).equals(wanted)) {
            return true;
        }
        for (String part : text.split(",")) {
            String column = part.strip();
            int space = column.lastIndexOf(' ');
            if (normal(column).equals(wanted) || space > 0 && normal(column.substring(0, space)).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static String normal(String text) {
        return text.replace("_", "").toLowerCase(Locale.ROOT);
    }

    private static TypeElement superclass(TypeElement type) {
        return type.getSuperclass() instanceof DeclaredType declared && declared.asElement() instanceof TypeElement parent
                ? parent : null;
    }
}
