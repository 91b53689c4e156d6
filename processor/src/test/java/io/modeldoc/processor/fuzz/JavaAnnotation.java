package io.modeldoc.processor.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One annotation of a generated class or field, as source: its qualified type and its elements in the order
 * written. The shrinker drops elements one by one, so elements are a list, not a map.
 *
 * @param type     the annotation's qualified name ({@code jakarta.persistence.Column})
 * @param elements the elements written, {@code value} included when it is the only one
 */
public record JavaAnnotation(String type, List<Element> elements) {

    public JavaAnnotation {
        elements = List.copyOf(elements);
    }

    /** One {@code name = value} pair. */
    public record Element(String name, Value value) {
    }

    /** An element value: a literal in source form, a nested annotation, or an array of values. */
    public sealed interface Value permits Literal, Nested, Array {
    }

    /** A literal as it appears in source: {@code 12}, {@code "name"}, {@code GenerationType.SEQUENCE}. */
    public record Literal(String source) implements Value {
    }

    public record Nested(JavaAnnotation annotation) implements Value {
    }

    public record Array(List<Value> values) implements Value {
        public Array {
            values = List.copyOf(values);
        }
    }

    public static JavaAnnotation of(String type) {
        return new JavaAnnotation(type, List.of());
    }

    /** The simple name: {@code Column}. */
    public String simpleName() {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /** A copy with one more element whose value is a literal in source form. */
    public JavaAnnotation with(String name, String literalSource) {
        return with(name, new Literal(literalSource));
    }

    /** A copy with one more element holding a string, quoted and escaped for source. */
    public JavaAnnotation withString(String name, String text) {
        return with(name, new Literal(quote(text)));
    }

    public JavaAnnotation with(String name, JavaAnnotation nested) {
        return with(name, new Nested(nested));
    }

    public JavaAnnotation with(String name, Value value) {
        List<Element> more = new ArrayList<>(elements);
        more.add(new Element(name, value));
        return new JavaAnnotation(type, more);
    }

    public JavaAnnotation without(int index) {
        List<Element> fewer = new ArrayList<>(elements);
        fewer.remove(index);
        return new JavaAnnotation(type, fewer);
    }

    public JavaAnnotation withElement(int index, Element element) {
        List<Element> changed = new ArrayList<>(elements);
        changed.set(index, element);
        return new JavaAnnotation(type, changed);
    }

    public Optional<Value> element(String name) {
        return elements.stream().filter(e -> e.name().equals(name)).map(Element::value).findFirst();
    }

    /** The string literal of an element, unquoted; empty when absent or not a string. */
    public Optional<String> string(String name) {
        return element(name).filter(Literal.class::isInstance).map(v -> ((Literal) v).source())
                .filter(s -> s.startsWith("\"")).map(JavaAnnotation::unquote);
    }

    public boolean is(String simpleName) {
        return simpleName().equals(simpleName);
    }

    static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    static String unquote(String source) {
        return source.substring(1, source.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }
}
