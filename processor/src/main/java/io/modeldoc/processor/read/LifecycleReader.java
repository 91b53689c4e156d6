package io.modeldoc.processor.read;

import io.modeldoc.processor.model.Callback;
import io.modeldoc.processor.model.NamedQuery;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * What an entity does beyond its columns: named queries, lifecycle callbacks (on the class, its
 * mapped superclasses and its {@code @EntityListeners}), caching and Envers auditing.
 */
final class LifecycleReader {

    private static final List<List<String>> EVENTS = JpaNames.CALLBACK_EVENTS.stream().map(JpaNames::persistence).toList();

    private final Annotations annotations;

    LifecycleReader(Annotations annotations) {
        this.annotations = annotations;
    }

    List<NamedQuery> queries(TypeElement type) {
        List<NamedQuery> queries = new ArrayList<>();
        for (AnnotationView query : annotations.repeated(type, JpaNames.NAMED_QUERY, JpaNames.NAMED_QUERIES)) {
            queries.add(new NamedQuery(query.string("name"), query.string("query"), false));
        }
        for (AnnotationView query : annotations.repeated(type, JpaNames.NAMED_NATIVE_QUERY, JpaNames.NAMED_NATIVE_QUERIES)) {
            queries.add(new NamedQuery(query.string("name"), query.string("query"), true));
        }
        return queries;
    }

    /** Callbacks of the hierarchy (topmost first) and of the listeners each level declares. */
    List<Callback> callbacks(List<TypeElement> hierarchy) {
        List<Callback> callbacks = new ArrayList<>();
        for (TypeElement level : hierarchy) {
            annotations.find(level, JpaNames.ENTITY_LISTENERS).ifPresent(listeners -> {
                for (TypeMirror listener : listeners.types("value")) {
                    TypeElement listenerType = TypeNames.typeElement(listener);
                    if (listenerType != null) {
                        callbacks.addAll(declaredBy(listenerType));
                    }
                }
            });
            callbacks.addAll(declaredBy(level));
        }
        return callbacks;
    }

    /** The region Hibernate's {@code @Cache(region)} names; empty when it is left at the default (the entity's name). */
    String cacheRegion(TypeElement type) {
        return annotations.find(type, JpaNames.HIBERNATE_CACHE).map(c -> c.string("region")).orElse("");
    }

    /** {@code READ_WRITE} for Hibernate's {@code @Cache(usage)}, {@code cacheable} for {@code @Cacheable}, else empty. */
    String cache(TypeElement type) {
        return annotations.find(type, JpaNames.HIBERNATE_CACHE).map(c -> c.enumName("usage"))
                .orElseGet(() -> annotations.find(type, JpaNames.CACHEABLE)
                        .filter(c -> c.bool("value")).map(c -> "cacheable").orElse(""));
    }

    boolean audited(TypeElement type) {
        return annotations.has(type, JpaNames.ENVERS_AUDITED);
    }

    private List<Callback> declaredBy(TypeElement type) {
        List<Callback> callbacks = new ArrayList<>();
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            for (int i = 0; i < EVENTS.size(); i++) {
                if (annotations.has(method, EVENTS.get(i))) {
                    callbacks.add(new Callback(JpaNames.CALLBACK_EVENTS.get(i), type.getSimpleName() + "." + method.getSimpleName()));
                }
            }
        }
        return callbacks;
    }
}
