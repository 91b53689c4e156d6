package io.modeldoc.processor.read;

import io.modeldoc.processor.diag.Message;
import io.modeldoc.processor.diag.Reporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;
import javax.lang.model.util.ElementFilter;

/**
 * A {@code @MapsId} association copies its target's key into the entity's identifier, so the two
 * must hold the same kind of value: Hibernate refuses the mapping at start-up otherwise. Checked at
 * compile time, on the association.
 */
final class DerivedIdChecks {

    private final Annotations annotations;
    private final Reporter reporter;
    private final Types types;

    DerivedIdChecks(Annotations annotations, Reporter reporter, Types types) {
        this.annotations = annotations;
        this.reporter = reporter;
        this.types = types;
    }

    /**
     * @param mapsId {@code @MapsId}'s value: empty for the whole identifier
     * @return whether the mapping is sound (else it was reported)
     */
    boolean check(Member field, String name, String mapsId, TypeElement target, AnnotationView annotation) {
        TypeElement entity = (TypeElement) field.element().getEnclosingElement();
        Optional<TypeMirror> targetKey = idType(target);
        if (targetKey.isEmpty()) {
            return true; // a derived or composite key of its own: its parts are checked where it is declared
        }
        Optional<Element> mapped = mapsId.isEmpty() ? ownId(entity) : embeddedIdPart(entity, mapsId);
        if (mapped.isEmpty()) {
            return true; // no identifier at all (MISSING_ID), or no such part (MAPS_ID_NOWHERE): reported elsewhere
        }
        TypeMirror mappedType = typeOf(entity, mapped.get());
        if (!boxed(mappedType).equals(boxed(targetKey.get()))) {
            String what = mapsId.isEmpty() ? mapped.get().getSimpleName().toString() : mapsId;
            reporter.report(Message.MAPS_ID_TYPE, field.element(), annotation.mirror(), null, name, what,
                    TypeNames.display(mappedType), target.getSimpleName(), TypeNames.display(targetKey.get()), what,
                    TypeNames.display(targetKey.get()));
            return false;
        }
        return true;
    }

    /** The type of the entity's identifier when it is one plain value, an embedded id or an id class; else empty. */
    private Optional<TypeMirror> idType(TypeElement entity) {
        for (TypeElement level = entity; level != null; level = TypeNames.typeElement(level.getSuperclass())) {
            Optional<AnnotationView> idClass = annotations.find(level, JpaNames.ID_CLASS);
            if (idClass.isPresent()) {
                return Optional.ofNullable(idClass.get().type("value"));
            }
        }
        List<Element> ids = new ArrayList<>();
        for (Element member : members(entity)) {
            if (annotations.has(member, JpaNames.EMBEDDED_ID)) {
                return Optional.of(typeOf(entity, member));
            }
            if (annotations.has(member, JpaNames.ID)) {
                ids.add(member);
            }
        }
        boolean plain = ids.size() == 1 && !annotations.has(ids.get(0), JpaNames.MANY_TO_ONE)
                && !annotations.has(ids.get(0), JpaNames.ONE_TO_ONE);
        return plain ? Optional.of(typeOf(entity, ids.get(0))) : Optional.empty();
    }

    /** The entity's own {@code @Id} or {@code @EmbeddedId} member. */
    private Optional<Element> ownId(TypeElement entity) {
        return members(entity).stream()
                .filter(m -> annotations.has(m, JpaNames.ID) || annotations.has(m, JpaNames.EMBEDDED_ID))
                .filter(m -> !annotations.has(m, JpaNames.MANY_TO_ONE) && !annotations.has(m, JpaNames.ONE_TO_ONE))
                .findFirst();
    }

    /** The field {@code part} of the entity's {@code @EmbeddedId} class. */
    private Optional<Element> embeddedIdPart(TypeElement entity, String part) {
        for (Element member : members(entity)) {
            TypeElement key = TypeNames.typeElement(typeOf(entity, member));
            if (annotations.has(member, JpaNames.EMBEDDED_ID) && key != null) {
                return ElementFilter.fieldsIn(key.getEnclosedElements()).stream()
                        .filter(f -> f.getSimpleName().contentEquals(part)).map(Element.class::cast).findFirst();
            }
        }
        return Optional.empty();
    }

    /** Fields and getters of the class and its superclasses, where identifier annotations may sit. */
    private static List<Element> members(TypeElement type) {
        List<Element> members = new ArrayList<>();
        for (TypeElement level = type; level != null; level = TypeNames.typeElement(level.getSuperclass())) {
            for (VariableElement field : ElementFilter.fieldsIn(level.getEnclosedElements())) {
                if (!field.getModifiers().contains(Modifier.STATIC)) {
                    members.add(field);
                }
            }
            members.addAll(ElementFilter.methodsIn(level.getEnclosedElements()));
        }
        return members;
    }

    /** The member's type as {@code entity} inherits it: a mapped superclass's {@code ID id} is the entity's {@code Long}. */
    private TypeMirror typeOf(TypeElement entity, Element member) {
        try {
            TypeMirror seen = types.asMemberOf((DeclaredType) entity.asType(), member);
            return seen instanceof ExecutableType method ? method.getReturnType() : seen;
        } catch (IllegalArgumentException notInherited) {
            return member.getKind() == ElementKind.METHOD ? ((ExecutableElement) member).getReturnType() : member.asType();
        }
    }

    /** {@code long} and {@code Long} hold the same key. */
    private static String boxed(TypeMirror type) {
        if (!type.getKind().isPrimitive()) {
            return type.toString();
        }
        String primitive = type.toString();
        return "java.lang." + switch (primitive) {
            case "int" -> "Integer";
            case "char" -> "Character";
            default -> primitive.substring(0, 1).toUpperCase(Locale.ROOT) + primitive.substring(1);
        };
    }
}
