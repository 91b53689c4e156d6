package io.modeldoc.processor.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * One generated top-level type: a class (entity, mapped superclass, embeddable, id class) or an enum.
 *
 * @param name           the simple name, prefixed with the seed ({@code S7Order}) so batched seeds never collide
 * @param kind           what to declare
 * @param typeParameters the type parameters in source form ({@code ID extends java.io.Serializable})
 * @param superclass     the superclass in source form with its type arguments, or empty
 * @param interfaces     the interfaces implemented, in source form
 * @param annotations    the class's annotations
 * @param fields         the fields, in declaration order
 * @param constants      an enum's constants
 */
public record JavaClass(String name, Kind kind, List<String> typeParameters, String superclass, List<String> interfaces,
        List<JavaAnnotation> annotations, List<JavaField> fields, List<String> constants) {

    /** How the type is declared. */
    public enum Kind { CLASS, ABSTRACT_CLASS, ENUM }

    public JavaClass {
        typeParameters = List.copyOf(typeParameters);
        interfaces = List.copyOf(interfaces);
        annotations = List.copyOf(annotations);
        fields = List.copyOf(fields);
        constants = List.copyOf(constants);
    }

    public static JavaClass enumeration(String name, List<String> constants) {
        return new JavaClass(name, Kind.ENUM, List.of(), "", List.of(), List.of(), List.of(), constants);
    }

    public boolean has(String simpleName) {
        return annotations.stream().anyMatch(a -> a.is(simpleName));
    }

    public JavaClass withAnnotations(List<JavaAnnotation> value) {
        return new JavaClass(name, kind, typeParameters, superclass, interfaces, value, fields, constants);
    }

    public JavaClass withFields(List<JavaField> value) {
        return new JavaClass(name, kind, typeParameters, superclass, interfaces, annotations, value, constants);
    }

    public JavaClass withField(int index, JavaField field) {
        List<JavaField> changed = new ArrayList<>(fields);
        changed.set(index, field);
        return withFields(changed);
    }

    public JavaClass withoutField(int index) {
        List<JavaField> fewer = new ArrayList<>(fields);
        fewer.remove(index);
        return withFields(fewer);
    }

    public JavaClass withAnnotation(int index, JavaAnnotation annotation) {
        List<JavaAnnotation> changed = new ArrayList<>(annotations);
        changed.set(index, annotation);
        return withAnnotations(changed);
    }

    public JavaClass withoutAnnotation(int index) {
        List<JavaAnnotation> fewer = new ArrayList<>(annotations);
        fewer.remove(index);
        return withAnnotations(fewer);
    }

    public JavaClass withSuperclass(String value) {
        return new JavaClass(name, kind, typeParameters, value, interfaces, annotations, fields, constants);
    }
}
