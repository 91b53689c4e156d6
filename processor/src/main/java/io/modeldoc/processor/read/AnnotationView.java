package io.modeldoc.processor.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Typed access to one annotation's members, defaults included, without loading the annotation's
 * class: members are looked up by name in the mirror.
 */
public final class AnnotationView {

    private final AnnotationMirror mirror;
    private final AnnotationDefaults defaults;
    /** The members written in the source, by name; built on first use (javac copies its map on every call). */
    private Map<String, AnnotationValue> explicit;

    AnnotationView(AnnotationMirror mirror, AnnotationDefaults defaults) {
        this.mirror = mirror;
        this.defaults = defaults;
    }

    public AnnotationMirror mirror() {
        return mirror;
    }

    /** Whether the member was written in the source, rather than left at its default. */
    public boolean isExplicit(String member) {
        return explicit(member) != null;
    }

    public String string(String member) {
        Object value = raw(member);
        return value == null ? "" : value.toString();
    }

    public boolean bool(String member) {
        Object value = raw(member);
        return value instanceof Boolean b && b;
    }

    public long number(String member) {
        Object value = raw(member);
        return value instanceof Number n ? n.longValue() : 0L;
    }

    /** The name of an enum constant member, e.g. {@code STRING}; empty when absent. */
    public String enumName(String member) {
        Object value = raw(member);
        return value instanceof VariableElement constant ? constant.getSimpleName().toString() : "";
    }

    /** A {@code Class} member's type; {@code null} when absent. */
    public TypeMirror type(String member) {
        Object value = raw(member);
        return value instanceof TypeMirror type ? type : null;
    }

    /** An array member of {@code Class} values, as types. */
    public List<TypeMirror> types(String member) {
        return list(member).stream()
                .map(AnnotationValue::getValue)
                .filter(TypeMirror.class::isInstance)
                .map(TypeMirror.class::cast)
                .toList();
    }

    /** An array member of strings (or a single string written without braces). */
    public List<String> strings(String member) {
        return list(member).stream().map(v -> v.getValue().toString()).toList();
    }

    /** An array member of enum constants, as names. */
    public List<String> enumNames(String member) {
        return list(member).stream()
                .map(AnnotationValue::getValue)
                .filter(VariableElement.class::isInstance)
                .map(v -> ((VariableElement) v).getSimpleName().toString())
                .toList();
    }

    /** An annotation member, or an array of them. */
    public List<AnnotationView> annotations(String member) {
        Object value = raw(member);
        if (value instanceof AnnotationMirror nested) {
            return List.of(new AnnotationView(nested, defaults));
        }
        return list(member).stream()
                .map(AnnotationValue::getValue)
                .filter(AnnotationMirror.class::isInstance)
                .map(v -> new AnnotationView((AnnotationMirror) v, defaults))
                .toList();
    }

    /** The member's value, for pinning a diagnostic on it; {@code null} when absent. */
    public AnnotationValue value(String member) {
        AnnotationValue written = explicit(member);
        return written != null ? written : defaults.of(mirror.getAnnotationType(), member);
    }

    /** The member as written in the source; {@code null} when left at its default. */
    private AnnotationValue explicit(String member) {
        if (explicit == null) {
            Map<? extends ExecutableElement, ? extends AnnotationValue> written = mirror.getElementValues();
            explicit = written.isEmpty() ? Map.of() : new HashMap<>();
            written.forEach((key, value) -> explicit.put(key.getSimpleName().toString(), value));
        }
        return explicit.get(member);
    }

    private Object raw(String member) {
        AnnotationValue value = value(member);
        return value == null ? null : resolved(value);
    }

    /**
     * The value, or {@code null} for a default javac has not resolved yet. javac reads an annotation type's defaults
     * from its class file as proxies and resolves them later; the defaults of an annotation type first completed
     * while another's default was resolved (the {@code @JoinTable} inside {@code @AssociationOverride}'s default)
     * can stay proxies through a processing round, and their {@code getValue()} throws. Such a default reads as
     * absent: in the annotations read here it is an empty array, a nested annotation at its own defaults or an enum
     * constant at its default, which every reader already takes for what an absent member means.
     */
    private static Object resolved(AnnotationValue value) {
        try {
            return value.getValue();
        } catch (UnsupportedOperationException unresolved) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private List<AnnotationValue> list(String member) {
        AnnotationValue value = value(member);
        if (value == null) {
            return List.of();
        }
        Object resolved = resolved(value);
        if (resolved instanceof List<?> items) {
            return (List<AnnotationValue>) items;
        }
        return resolved == null ? List.of() : List.of(value);
    }
}
