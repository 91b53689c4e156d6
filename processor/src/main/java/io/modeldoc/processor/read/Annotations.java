package io.modeldoc.processor.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Finds annotations on elements by qualified name. Readers ask one element about many annotations
 * in a row, so the names on the element last asked about are kept.
 */
public final class Annotations {

    private AnnotationDefaults defaults = new AnnotationDefaults();
    /** Qualified names of annotation types: javac decodes a name afresh on every call. */
    private Map<Element, String> names = new HashMap<>();
    private Element lastElement;
    private Map<String, AnnotationMirror> lastMirrors = Map.of();

    public Annotations() {
    }

    /** Forgets what it found: javac completes its symbols afresh every round. */
    public void newRound() {
        defaults = new AnnotationDefaults();
        names = new HashMap<>();
        lastElement = null;
        lastMirrors = Map.of();
    }

    /** The first annotation on {@code element} whose type has one of {@code names}. */
    public Optional<AnnotationView> find(Element element, List<String> names) {
        AnnotationMirror mirror = mirror(element, names);
        return mirror == null ? Optional.empty() : Optional.of(new AnnotationView(mirror, defaults));
    }

    public boolean has(Element element, List<String> names) {
        return mirror(element, names) != null;
    }

    private AnnotationMirror mirror(Element element, List<String> names) {
        Map<String, AnnotationMirror> mirrors = mirrorsOf(element);
        if (mirrors.isEmpty()) {
            return null;
        }
        for (String name : names) {
            AnnotationMirror mirror = mirrors.get(name);
            if (mirror != null) {
                return mirror;
            }
        }
        return null;
    }

    private Map<String, AnnotationMirror> mirrorsOf(Element element) {
        if (element != lastElement) {
            List<? extends AnnotationMirror> all = element.getAnnotationMirrors();
            Map<String, AnnotationMirror> byName = all.isEmpty() ? Map.of() : new HashMap<>();
            for (AnnotationMirror mirror : all) {
                byName.putIfAbsent(nameOf(mirror), mirror);
            }
            lastElement = element;
            lastMirrors = byName;
        }
        return lastMirrors;
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

    private String nameOf(AnnotationMirror mirror) {
        return names.computeIfAbsent(mirror.getAnnotationType().asElement(),
                type -> ((TypeElement) type).getQualifiedName().toString());
    }
}
