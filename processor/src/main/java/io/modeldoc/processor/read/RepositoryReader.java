package io.modeldoc.processor.read;

import io.modeldoc.processor.model.DeclaredQuery;
import io.modeldoc.processor.model.QueryLanguage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Reads the queries of Spring Data repositories, by name as everything else (the processor does not depend on Spring
 * Data): an interface extending {@code org.springframework.data.repository.Repository}, directly or through
 * {@code CrudRepository}, {@code JpaRepository} and the like, or annotated {@code @RepositoryDefinition}, declares a
 * query with each of its own abstract methods — {@code @Query} (JPQL, or SQL with {@code nativeQuery = true}),
 * {@code @NativeQuery}, or else the method name (a derived query). A generic base repository
 * ({@code @NoRepositoryBean}) declares none.
 */
public final class RepositoryReader {

    static final String REPOSITORY = "org.springframework.data.repository.Repository";
    static final List<String> NO_REPOSITORY_BEAN = List.of("org.springframework.data.repository.NoRepositoryBean");
    static final List<String> REPOSITORY_DEFINITION = List.of("org.springframework.data.repository.RepositoryDefinition");
    static final List<String> QUERY = List.of("org.springframework.data.jpa.repository.Query");
    static final List<String> NATIVE_QUERY = List.of("org.springframework.data.jpa.repository.NativeQuery");

    private final Types types;
    private final Annotations annotations = new Annotations();

    public RepositoryReader(Types types) {
        this.types = types;
    }

    public void newRound() {
        annotations.newRound();
    }

    /** The queries a repository interface declares; empty when the type is no repository. */
    public Optional<List<DeclaredQuery>> read(TypeElement type) {
        if (type.getKind() != ElementKind.INTERFACE || annotations.has(type, NO_REPOSITORY_BEAN)) {
            return Optional.empty();
        }
        Optional<TypeElement> domain = annotations.find(type, REPOSITORY_DEFINITION)
                .map(definition -> definition.type("domainClass")).map(TypeNames::typeElement)
                .or(() -> domainType(type));
        if (domain.isEmpty()) {
            return Optional.empty();
        }
        String entity = domain.get().getQualifiedName().toString();
        String repository = type.getQualifiedName().toString();
        List<DeclaredQuery> queries = new ArrayList<>();
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (method.isDefault() || method.getModifiers().contains(Modifier.STATIC)) {
                continue; // implemented in Java: no query of Spring Data's
            }
            String name = method.getSimpleName().toString();
            QueryLanguage language = QueryLanguage.DERIVED;
            String statement = name;
            Optional<AnnotationView> query = annotations.find(method, QUERY);
            Optional<AnnotationView> nativeQuery = annotations.find(method, NATIVE_QUERY);
            if (query.isPresent() && !query.get().string("value").isBlank()) {
                language = query.get().bool("nativeQuery") ? QueryLanguage.SQL : QueryLanguage.JPQL;
                statement = query.get().string("value");
            } else if (nativeQuery.isPresent() && !nativeQuery.get().string("value").isBlank()) {
                language = QueryLanguage.SQL;
                statement = nativeQuery.get().string("value");
            }
            queries.add(new DeclaredQuery(type.getSimpleName() + "." + name, repository, name, language, statement, entity));
        }
        return Optional.of(queries);
    }

    /** The first type argument of {@code Repository<T, ID>} as this interface extends it; empty when unresolved. */
    private Optional<TypeElement> domainType(TypeElement type) {
        Deque<TypeMirror> pending = new ArrayDeque<>(List.of(type.asType()));
        Set<String> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            TypeMirror next = pending.removeFirst();
            if (!(next instanceof DeclaredType declared) || !seen.add(next.toString())) {
                continue;
            }
            TypeElement element = (TypeElement) declared.asElement();
            if (element.getQualifiedName().contentEquals(REPOSITORY)) {
                List<? extends TypeMirror> arguments = declared.getTypeArguments();
                return arguments.isEmpty() || arguments.get(0).getKind() != TypeKind.DECLARED
                        ? Optional.empty() : Optional.ofNullable(TypeNames.typeElement(arguments.get(0)));
            }
            pending.addAll(types.directSupertypes(next));
        }
        return Optional.empty();
    }
}
