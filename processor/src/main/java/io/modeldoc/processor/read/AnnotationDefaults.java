package io.modeldoc.processor.read;

import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.ElementFilter;

/**
 * The default values of annotation members, looked up once per annotation type: the same few
 * annotations ({@code @Column}, {@code @ManyToOne} ...) are read thousands of times per build.
 */
final class AnnotationDefaults {

    private final Map<Element, Map<String, AnnotationValue>> byType = new HashMap<>();

    /** The default of {@code member} of the annotation type; {@code null} when it has none or no such member. */
    AnnotationValue of(DeclaredType annotationType, String member) {
        return byType.computeIfAbsent(annotationType.asElement(), AnnotationDefaults::defaultsOf).get(member);
    }

    private static Map<String, AnnotationValue> defaultsOf(Element annotationType) {
        Map<String, AnnotationValue> defaults = new HashMap<>();
        for (ExecutableElement member : ElementFilter.methodsIn(annotationType.getEnclosedElements())) {
            if (member.getDefaultValue() != null) {
                defaults.put(member.getSimpleName().toString(), member.getDefaultValue());
            }
        }
        return defaults;
    }
}
