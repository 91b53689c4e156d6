package io.modeldoc.processor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * A persistent attribute's declaration: a field under field access, a getter under property
 * access ({@code @Access(PROPERTY)}, or {@code @Id} on a getter). Annotations are read from
 * {@code element}; {@code name} is the attribute's name and {@code type} its Java type.
 */
record Member(Element element, String name, TypeMirror type) {

    /** The persistent members a class declares itself, in declaration order, with their types as declared. */
    static List<Member> of(TypeElement type, boolean property, Annotations annotations) {
        return of(type, null, null, property, annotations);
    }

    /**
     * The persistent members a class declares itself, their types seen from {@code site}: the entity (or embedded
     * value) that inherits them. A mapped superclass's {@code T id} is a {@code Long} in {@code Device extends
     * Base<Long>}, at any depth of the hierarchy, and so is the {@code T} in its {@code List<T>}.
     *
     * @param site the subtype or parameterised type the members are read for; {@code null}: as declared
     */
    static List<Member> of(TypeElement type, DeclaredType site, Types types, boolean property, Annotations annotations) {
        List<Member> members = new ArrayList<>();
        for (Member member : declared(type, property, annotations)) {
            members.add(site == null ? member : new Member(member.element, member.name, seenFrom(site, member, types)));
        }
        return members;
    }

    private static TypeMirror seenFrom(DeclaredType site, Member member, Types types) {
        try {
            TypeMirror resolved = types.asMemberOf(site, member.element);
            return resolved instanceof ExecutableType method ? method.getReturnType() : resolved;
        } catch (IllegalArgumentException notInherited) {
            // A site that does not inherit the member (a raw or unrelated type): the declared type is all there is.
            return member.type;
        }
    }

    private static List<Member> declared(TypeElement type, boolean property, Annotations annotations) {
        List<Member> members = new ArrayList<>();
        if (property) {
            for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
                String property0 = propertyName(method);
                if (property0 != null && !method.getModifiers().contains(Modifier.STATIC)
                        && !annotations.has(method, JpaNames.TRANSIENT)) {
                    members.add(new Member(method, property0, method.getReturnType()));
                }
            }
            return members;
        }
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            if (!field.getModifiers().contains(Modifier.STATIC) && !field.getModifiers().contains(Modifier.TRANSIENT)
                    && !annotations.has(field, JpaNames.TRANSIENT)) {
                members.add(new Member(field, field.getSimpleName().toString(), field.asType()));
            }
        }
        return members;
    }

    /**
     * Whether a hierarchy uses property access: an explicit {@code @Access} decides, else where the
     * identifier's annotation sits (Hibernate's order).
     */
    static boolean propertyAccess(TypeElement type, Annotations annotations) {
        for (TypeElement level = type; level != null; level = TypeNames.typeElement(level.getSuperclass())) {
            var access = annotations.find(level, JpaNames.ACCESS);
            if (access.isPresent()) {
                return access.get().enumName("value").equals("PROPERTY");
            }
        }
        for (TypeElement level = type; level != null; level = TypeNames.typeElement(level.getSuperclass())) {
            for (ExecutableElement method : ElementFilter.methodsIn(level.getEnclosedElements())) {
                if (annotations.has(method, JpaNames.ID) || annotations.has(method, JpaNames.EMBEDDED_ID)) {
                    return true;
                }
            }
            for (VariableElement field : ElementFilter.fieldsIn(level.getEnclosedElements())) {
                if (annotations.has(field, JpaNames.ID) || annotations.has(field, JpaNames.EMBEDDED_ID)) {
                    return false;
                }
            }
        }
        return false;
    }

    /** {@code getName()} → {@code name}, {@code isActive()} (boolean) → {@code active}; else {@code null}. */
    private static String propertyName(ExecutableElement method) {
        String name = method.getSimpleName().toString();
        if (!method.getParameters().isEmpty() || method.getReturnType().getKind() == TypeKind.VOID) {
            return null;
        }
        String bare = name.startsWith("get") && name.length() > 3 ? name.substring(3)
                : name.startsWith("is") && name.length() > 2 && method.getReturnType().getKind() == TypeKind.BOOLEAN
                ? name.substring(2) : null;
        if (bare == null) {
            return null;
        }
        // java.beans decapitalisation: URL stays URL, Name becomes name
        return bare.length() > 1 && Character.isUpperCase(bare.charAt(1)) ? bare
                : bare.substring(0, 1).toLowerCase(Locale.ROOT) + bare.substring(1);
    }
}
