package io.modeldoc.processor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Finds annotations on elements by qualified name. */
public final class Annotations {

    private final Elements elements;

    public Annotations(Elements elements) {
        this.elements = elements;
    }

    /** The first annotation on {@code element} whose type has one of {@code names}. */
    public Optional<AnnotationView> find(Element element, List<String> names) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (names.contains(nameOf(mirror))) {
                return Optional.of(new AnnotationView(mirror, elements));
            }
        }
        return Optional.empty();
    }

    public boolean has(Element element, List<String> names) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (names.contains(nameOf(mirror))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A repeatable annotation, written once or several times (then the compiler wraps the
     * repetitions in their container).
     */
    public List<AnnotationView> repeated(Element element, List<String> names, List<String> containerNames) {
        List<AnnotationView> found = new ArrayList<>();
        find(element, names).ifPresent(found::add);
        find(element, containerNames).ifPresent(container -> found.addAll(container.annotations("value")));
        return found;
    }

    private static String nameOf(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }
}
