package io.modeldoc.processor;

import com.sun.source.util.Trees;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;

/** Tells elements compiled from source in this compilation from those read from class files. */
final class SourceElements {

    private SourceElements() {
    }

    /**
     * javac's tree API knows which elements have a source tree; another compiler's environment
     * cannot tell, and then every element without Javadoc counts as read from a class file.
     */
    static Predicate<Element> of(ProcessingEnvironment env) {
        try {
            Trees trees = Trees.instance(env);
            // A class and its members come from the same file: ask once per top-level class.
            Map<Element, Boolean> fromSource = new HashMap<>();
            // getTree looks the class up where javac entered it; getPath would scan its file for it.
            return element -> fromSource.computeIfAbsent(topLevel(element),
                    top -> (top instanceof PackageElement ? trees.getPath(top) : trees.getTree(top)) != null);
        } catch (IllegalArgumentException | LinkageError e) {
            return element -> false;
        }
    }

    /** The top-level class that declares {@code element}; a package stands for itself. */
    private static Element topLevel(Element element) {
        Element top = element;
        while (top.getEnclosingElement() != null && !(top.getEnclosingElement() instanceof PackageElement)
                && !(top instanceof PackageElement)) {
            top = top.getEnclosingElement();
        }
        return top;
    }
}
