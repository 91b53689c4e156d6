package io.modeldoc.processor;

import com.sun.source.util.Trees;
import java.util.function.Predicate;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;

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
            return element -> trees.getPath(element) != null;
        } catch (IllegalArgumentException | LinkageError e) {
            return element -> false;
        }
    }
}
