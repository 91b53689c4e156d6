package io.modeldoc.processor.read;

import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Java types as a reader writes them: simple names with type arguments, {@code List<Book>}. */
final class TypeNames {

    private static final List<String> SETS = List.of(
            "java.util.Set", "java.util.SortedSet", "java.util.NavigableSet",
            "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet");
    private static final List<String> COLLECTIONS = List.of(
            "java.util.Collection", "java.util.List", "java.util.ArrayList", "java.util.LinkedList");

    private TypeNames() {
    }

    static String display(TypeMirror type) {
        if (type.getKind() == TypeKind.ARRAY) {
            return display(((ArrayType) type).getComponentType()) + "[]";
        }
        if (type.getKind().isPrimitive()) {
            return type.getKind().name().toLowerCase(java.util.Locale.ROOT);
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return type.toString();
        }
        DeclaredType declared = (DeclaredType) type;
        String name = declared.asElement().getSimpleName().toString();
        if (declared.getTypeArguments().isEmpty()) {
            return name;
        }
        return name + declared.getTypeArguments().stream().map(TypeNames::display).collect(Collectors.joining(", ", "<", ">"));
    }

    static boolean isSet(TypeMirror type) {
        return SETS.contains(JavaTypes.erasedName(type));
    }

    static boolean isCollection(TypeMirror type) {
        return isSet(type) || COLLECTIONS.contains(JavaTypes.erasedName(type)) || isMap(type);
    }

    static boolean isMap(TypeMirror type) {
        String name = JavaTypes.erasedName(type);
        return name.equals("java.util.Map") || name.endsWith("HashMap") || name.equals("java.util.TreeMap");
    }

    /** The element type of a collection (the value type of a map); the type itself otherwise. */
    static TypeMirror elementType(TypeMirror type) {
        if (type.getKind() == TypeKind.DECLARED && isCollection(type)) {
            List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
            if (!arguments.isEmpty()) {
                return arguments.get(arguments.size() - 1);
            }
        }
        return type;
    }

    /** The type's class or interface, or {@code null} for primitives, arrays and type variables. */
    static TypeElement typeElement(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) type).asElement() : null;
    }
}
