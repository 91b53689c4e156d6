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
        print(message.kind(), message, null, null, null, args);
    }

    public void report(Message message, Element element, Object... args) {
        print(message.kind(), message, element, null, null, args);
    }

    public void report(Message message, Element element, AnnotationMirror annotation, AnnotationValue value, Object... args) {
        print(message.kind(), message, element, annotation, value, args);
    }

    /** Reports a lint finding: a warning, or an error under {@code modeldoc.lint=error}. */
    public void lint(Message message, Element element, Object... args) {
        print(lintKind(message), message, element, null, null, args);
    }

    /** Prints a diagnostic where the {@code Messager} cannot point, e.g. through javac's tree API. */
    @FunctionalInterface
    public interface Printer {
        void print(Diagnostic.Kind kind, String text);
    }

    /** Reports through {@code printer}; a lint finding is a warning, or an error under {@code modeldoc.lint=error}. */
    public void report(Message message, Printer printer, boolean lint, Object... args) {
        Diagnostic.Kind kind = lint ? lintKind(message) : message.kind();
        count(kind);
        printer.print(kind, message.format(args));
    }

    /** Reports a lint finding where its origin lies: a warning, or an error under {@code modeldoc.lint=error}. */
    public void lint(Problem problem, Elements elements) {
        reportAt(lintKind(problem.message()), problem, elements);
    }

    /** Reports a problem on the element its origin names, or without an element when none is found. */
    public void report(Problem problem, Elements elements) {
        reportAt(problem.message().kind(), problem, elements);
    }

    private Diagnostic.Kind lintKind(Message message) {
        return warningsAsErrors ? Diagnostic.Kind.ERROR : message.kind();
    }

    private void reportAt(Diagnostic.Kind kind, Problem problem, Elements elements) {
        Origin origin = problem.origin();
        Element element = locate(origin, elements);
        if (element != null && !origin.value().isEmpty()) {
            // a name at fault: point at the annotation value that wrote it, wherever on the class it is
            var found = AnnotationValues.find(element, origin.value(), origin.member().isEmpty());
            if (found.isPresent()) {
                print(kind, problem.message(), found.get().element(), found.get().annotation(), found.get().value(), problem.args().toArray());
                return;
            }
        }
        print(kind, problem.message(), element, null, null, problem.args().toArray());
    }

    /** The field (or embedding field) of an origin's member, else the method of that name, else its class, else its package. */
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
        for (javax.lang.model.element.ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (method.getSimpleName().contentEquals(origin.member())) {
                return method;
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

    private void print(Diagnostic.Kind kind, Message message, Element element, AnnotationMirror annotation, AnnotationValue value,
                       Object... args) {
        count(kind);
        String text = message.format(args);
        if (element == null) {
            messager.printMessage(kind, text);
        } else if (annotation == null) {
            messager.printMessage(kind, text, element);
        } else if (value == null) {
            messager.printMessage(kind, text, element, annotation);
        } else {
            messager.printMessage(kind, text, element, annotation, value);
        }
    }

    private void count(Diagnostic.Kind kind) {
        if (kind == Diagnostic.Kind.ERROR) {
            errors++;
        }
    }
}
