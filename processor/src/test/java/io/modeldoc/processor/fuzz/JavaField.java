package io.modeldoc.processor.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * One field of a generated class.
 *
 * @param type        the field's type in source form, qualified ({@code java.util.List<S7Item>}, {@code int}, {@code T})
 * @param name        the field's name
 * @param annotations its annotations, in the order written
 */
public record JavaField(String type, String name, List<JavaAnnotation> annotations) {

    public JavaField {
        annotations = List.copyOf(annotations);
    }

    public JavaField withType(String value) {
        return new JavaField(value, name, annotations);
    }

    public JavaField withAnnotations(List<JavaAnnotation> value) {
        return new JavaField(type, name, value);
    }

    public JavaField withAnnotation(int index, JavaAnnotation annotation) {
        List<JavaAnnotation> changed = new ArrayList<>(annotations);
        changed.set(index, annotation);
        return withAnnotations(changed);
    }

    public JavaField withoutAnnotation(int index) {
        List<JavaAnnotation> fewer = new ArrayList<>(annotations);
        fewer.remove(index);
        return withAnnotations(fewer);
    }

    public boolean has(String simpleName) {
        return annotations.stream().anyMatch(a -> a.is(simpleName));
    }
}
