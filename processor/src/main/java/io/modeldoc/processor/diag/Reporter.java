package io.modeldoc.processor.diag;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/** Reports catalogued messages on the element at fault and counts the errors. */
public final class Reporter {

    private final Messager messager;
    private final boolean warningsAsErrors;
    private int errors;

    /**
     * @param warningsAsErrors whether lint warnings are raised to errors ({@code modeldoc.lint=error})
     */
    public Reporter(Messager messager, boolean warningsAsErrors) {
        this.messager = messager;
        this.warningsAsErrors = warningsAsErrors;
    }

    /** A reporter that prints nothing, for reading what is not this compilation's to judge. */
    public static Reporter silent() {
        return new Reporter(new Messager() {
            @Override
            public void printMessage(Diagnostic.Kind kind, CharSequence msg) {
            }

            @Override
            public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e) {
            }

            @Override
            public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a) {
            }

            @Override
            public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a, AnnotationValue v) {
            }
        }, false);
    }

    public void report(Message message, Object... args) {
        print(message, null, null, null, args);
    }

    public void report(Message message, Element element, Object... args) {
        print(message, element, null, null, args);
    }

    public void report(Message message, Element element, AnnotationMirror annotation, AnnotationValue value, Object... args) {
        print(message, element, annotation, value, args);
    }

    /** Reports a lint finding: a warning, or an error under {@code modeldoc.lint=error}. */
    public void lint(Message message, Element element, Object... args) {
        Diagnostic.Kind kind = warningsAsErrors ? Diagnostic.Kind.ERROR : message.kind();
        count(kind);
        messager.printMessage(kind, message.format(args), element);
    }

    /** Reports a problem on the element its origin names, or without an element when none is found. */
    public void report(Problem problem, Elements elements) {
        Origin origin = problem.origin();
        Element element = locate(origin, elements);
        if (element != null && !origin.value().isEmpty()) {
            // a name at fault: point at the annotation value that wrote it, wherever on the class it is
            var found = AnnotationValues.find(element, origin.value(), origin.member().isEmpty());
            if (found.isPresent()) {
                report(problem.message(), found.get().element(), found.get().annotation(), found.get().value(), problem.args().toArray());
                return;
            }
        }
        report(problem.message(), element, problem.args().toArray());
    }

    /** The field (or embedding field) of an origin's member, else its class, else its package. */
    public static Element locate(Origin origin, Elements elements) {
        TypeElement type = elements.getTypeElement(origin.type());
        if (type == null) {
            return elements.getPackageElement(origin.type());
        }
        if (origin.member().isEmpty()) {
            return type;
        }
        String field = origin.member().contains(".") ? origin.member().substring(0, origin.member().indexOf('.')) : origin.member();
        for (TypeElement level = type; level != null; level = superclass(level)) {
            for (VariableElement candidate : ElementFilter.fieldsIn(level.getEnclosedElements())) {
                if (candidate.getSimpleName().contentEquals(field)) {
                    return candidate;
                }
            }
        }
        return type;
    }

    private static TypeElement superclass(TypeElement type) {
        return type.getSuperclass() instanceof DeclaredType declared && declared.asElement() instanceof TypeElement parent
                ? parent : null;
    }

    public int errorCount() {
        return errors;
    }

    private void print(Message message, Element element, AnnotationMirror annotation, AnnotationValue value, Object... args) {
        count(message.kind());
        String text = message.format(args);
        if (element == null) {
            messager.printMessage(message.kind(), text);
        } else if (annotation == null) {
            messager.printMessage(message.kind(), text, element);
        } else if (value == null) {
            messager.printMessage(message.kind(), text, element, annotation);
        } else {
            messager.printMessage(message.kind(), text, element, annotation, value);
        }
    }

    private void count(Diagnostic.Kind kind) {
        if (kind == Diagnostic.Kind.ERROR) {
            errors++;
        }
    }
}
