package io.modeldoc.processor.read;

import io.modeldoc.processor.diag.Message;
import io.modeldoc.processor.diag.Reporter;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;

/** Mistakes an entity class can make as a whole, reported on the class or its identifier. */
final class ClassChecks {

    private final Annotations annotations;
    private final Reporter reporter;
    private final AttributeChecks attributeChecks;

    ClassChecks(Annotations annotations, Reporter reporter) {
        this.annotations = annotations;
        this.reporter = reporter;
        this.attributeChecks = new AttributeChecks(annotations, reporter);
    }

    void check(TypeElement type, List<TypeElement> hierarchy, List<AttributeSource> ids) {
        String name = type.getQualifiedName().toString();
        if (type.getModifiers().contains(Modifier.FINAL)) {
            reporter.report(Message.FINAL_ENTITY, type, name);
        }
        List<ExecutableElement> constructors = ElementFilter.constructorsIn(type.getEnclosedElements());
        boolean noArgs = constructors.stream().anyMatch(c -> c.getParameters().isEmpty() && !c.getModifiers().contains(Modifier.PRIVATE));
        if (!noArgs && !lombokMakesOne(type)) {
            reporter.report(Message.NO_DEFAULT_CONSTRUCTOR, type, name);
        }
        if (tablePerClass(type)) {
            ids.stream().filter(id -> id.generation() != null && id.generation().strategy().equals("IDENTITY")).findFirst()
                    .ifPresent(id -> reporter.report(Message.IDENTITY_TABLE_PER_CLASS, fieldOf(hierarchy, id.name(), type), id.name()));
        }
    }

    /**
     * Whether Lombok writes a constructor without parameters that JPA can call: {@code @NoArgsConstructor}, or
     * {@code @RequiredArgsConstructor} on a class with no field it requires (final without a value, or
     * {@code @lombok.NonNull}), neither with private access. Read by name: Lombok may run after ModelDoc, or not be a
     * processor of this build at all, so the constructor itself may be missing from what javac shows.
     */
    private boolean lombokMakesOne(TypeElement type) {
        Optional<AnnotationView> noArgs = annotations.find(type, List.of("lombok.NoArgsConstructor"));
        if (noArgs.isPresent()) {
            return callable(noArgs.get());
        }
        Optional<AnnotationView> required = annotations.find(type, List.of("lombok.RequiredArgsConstructor"));
        return required.isPresent() && callable(required.get())
                && ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
                .filter(f -> !f.getModifiers().contains(Modifier.STATIC))
                .noneMatch(f -> f.getModifiers().contains(Modifier.FINAL) && f.getConstantValue() == null
                        || annotations.has(f, List.of("lombok.NonNull")));
    }

    private static boolean callable(AnnotationView constructor) {
        String access = constructor.enumName("access");
        return !access.equals("PRIVATE") && !access.equals("NONE");
    }

    Optional<String> purpose(Element element, Optional<AnnotationView> purpose) {
        return attributeChecks.purpose(element, purpose);
    }

    /** Whether the class or an entity it extends declares {@code @Inheritance(strategy = TABLE_PER_CLASS)}. */
    private boolean tablePerClass(TypeElement type) {
        for (TypeElement level = type; level != null; ) {
            Optional<AnnotationView> inheritance = annotations.find(level, JpaNames.INHERITANCE);
            if (inheritance.isPresent()) {
                return inheritance.get().enumName("strategy").equals("TABLE_PER_CLASS");
            }
            level = level.getSuperclass().getKind() == TypeKind.DECLARED ? TypeNames.typeElement(level.getSuperclass()) : null;
        }
        return false;
    }

    private static Element fieldOf(List<TypeElement> hierarchy, String name, TypeElement fallback) {
        for (TypeElement level : hierarchy) {
            for (Element field : ElementFilter.fieldsIn(level.getEnclosedElements())) {
                if (field.getSimpleName().contentEquals(name)) {
                    return field;
                }
            }
        }
        return fallback;
    }
}
