package io.modeldoc.processor.read;

import io.modeldoc.processor.diag.Message;
import io.modeldoc.processor.diag.Reporter;
import io.modeldoc.processor.model.AccessPolicy;
import io.modeldoc.processor.model.Index;
import io.modeldoc.processor.model.RiskNote;
import io.modeldoc.processor.model.Usage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/** Reads one {@code @Entity} class, with its mapped superclasses, into an {@link EntitySource}. */
public final class EntityReader {

    private final Annotations annotations;
    private final DocComments docs;
    private final AttributeReader attributes;
    private final LifecycleReader lifecycle;
    private final ClassChecks classChecks;
    private final Reporter reporter;

    public EntityReader(Elements elements, Reporter reporter, boolean validationDdl) {
        this.annotations = new Annotations(elements);
        this.docs = new DocComments(elements);
        this.attributes = new AttributeReader(annotations, docs, reporter, validationDdl);
        this.lifecycle = new LifecycleReader(annotations);
        this.classChecks = new ClassChecks(annotations, reporter);
        this.reporter = reporter;
    }

    /** Whether the class is annotated {@code @Entity}. */
    public boolean isEntity(TypeElement type) {
        return annotations.has(type, JpaNames.ENTITY);
    }

    /** The entity; empty when it cannot be documented (the reason is reported on it). */
    public Optional<EntitySource> read(TypeElement type) {
        List<TypeElement> hierarchy = hierarchy(type);
        Map<String, GenerationSource> generators = generators(hierarchy);
        List<AttributeSource> all = new ArrayList<>();
        for (TypeElement level : hierarchy) {
            all.addAll(attributes.read(level, generators));
        }
        List<AttributeSource> ordered = new ArrayList<>(all.stream().filter(AttributeSource::isId).toList());
        ordered.addAll(all.stream().filter(a -> !a.isId()).toList());
        String qualifiedName = type.getQualifiedName().toString();
        List<AttributeSource> ids = ordered.stream().filter(AttributeSource::isId).toList();
        if (ids.isEmpty()) {
            reporter.report(Message.MISSING_ID, type, qualifiedName);
            return Optional.empty();
        }
        if (ids.size() > 1 && !annotations.has(type, JpaNames.ID_CLASS)) {
            reporter.report(Message.COMPOSITE_ID, type, qualifiedName, String.join(", ", ids.stream().map(AttributeSource::name).toList()));
            return Optional.empty();
        }
        classChecks.check(type, hierarchy, ids);
        AnnotationView entity = annotations.find(type, JpaNames.ENTITY).orElseThrow();
        Optional<AnnotationView> table = annotations.find(type, JpaNames.TABLE);
        String simpleName = type.getSimpleName().toString();
        return Optional.of(new EntitySource(
                qualifiedName,
                simpleName,
                packageOf(type),
                entity.string("name").isEmpty() ? simpleName : entity.string("name"),
                table.map(t -> t.string("name")).orElse(""),
                annotations.find(type, JpaNames.HIBERNATE_COMMENT).map(a -> a.string("value")).orElse(""),
                classChecks.purpose(type, annotations.find(type, JpaNames.PURPOSE)).orElseGet(() -> docs.of(type)),
                ordered,
                table.map(t -> t.annotations("indexes").stream().map(EntityReader::index).toList()).orElse(List.of()),
                table.map(t -> t.annotations("uniqueConstraints").stream()
                        .map(u -> new EntitySource.UniqueSource(u.string("name"), u.strings("columnNames"))).toList())
                        .orElse(List.of()),
                annotations.repeated(type, JpaNames.BUSINESS_RULE, JpaNames.BUSINESS_RULES).stream()
                        .map(a -> new RuleSource(a.string("id"), a.string("value"), a.string("check"))).toList(),
                usage(annotations, type),
                annotations.find(type, JpaNames.ACCESS_CONTROL)
                        .map(a -> new AccessPolicy(a.strings("read"), a.strings("write"), a.string("audit")))
                        .orElse(AccessPolicy.NONE),
                annotations.find(type, JpaNames.ARCHIVAL).map(a -> a.string("value")).orElse(""),
                risks(annotations, type),
                lifecycle.queries(type),
                lifecycle.callbacks(hierarchy),
                lifecycle.cache(type),
                lifecycle.audited(type),
                annotations.find(type, JpaNames.RENAMED_FROM).map(a -> a.string("value")).orElse("")));
    }

    /** The class and its mapped superclasses, topmost first: their attributes come first. */
    private List<TypeElement> hierarchy(TypeElement type) {
        Deque<TypeElement> levels = new ArrayDeque<>();
        levels.push(type);
        TypeElement current = type;
        while (current.getSuperclass().getKind() == TypeKind.DECLARED) {
            current = TypeNames.typeElement(current.getSuperclass());
            if (annotations.has(current, JpaNames.MAPPED_SUPERCLASS)) {
                levels.push(current);
            }
        }
        return List.copyOf(levels);
    }

    /** {@code @SequenceGenerator}s on the classes and their fields, by generator name. */
    private Map<String, GenerationSource> generators(List<TypeElement> hierarchy) {
        Map<String, GenerationSource> generators = new TreeMap<>();
        for (TypeElement level : hierarchy) {
            List<Element> carriers = new ArrayList<>();
            carriers.add(level);
            carriers.addAll(ElementFilter.fieldsIn(level.getEnclosedElements()));
            for (Element carrier : carriers) {
                // A generator without a sequence name names its sequence after itself.
                annotations.find(carrier, JpaNames.SEQUENCE_GENERATOR).ifPresent(g -> generators.put(g.string("name"),
                        new GenerationSource("SEQUENCE", g.string("sequenceName").isEmpty() ? g.string("name") : g.string("sequenceName"),
                                g.number("initialValue"), (int) g.number("allocationSize"))));
            }
        }
        return generators;
    }

    private static EntitySource.IndexSource index(AnnotationView index) {
        List<Index.IndexColumn> columns = new ArrayList<>();
        for (String part : index.string("columnList").split(",")) {
            String[] words = part.trim().split("\\s+");
            if (!words[0].isEmpty()) {
                String order = words.length > 1 ? words[1].toLowerCase(Locale.ROOT) : "";
                columns.add(new Index.IndexColumn(words[0], order));
            }
        }
        return new EntitySource.IndexSource(index.string("name"), columns, index.bool("unique"));
    }

    static Usage usage(Annotations annotations, Element element) {
        return annotations.find(element, JpaNames.USAGE_PATTERNS)
                .map(u -> new Usage(u.strings("reads"), u.strings("writes"), u.string("volume"),
                        u.string("growth"), u.string("performance")))
                .orElse(Usage.NONE);
    }

    static List<RiskNote> risks(Annotations annotations, Element element) {
        return annotations.repeated(element, JpaNames.RISK, JpaNames.RISKS).stream()
                .map(r -> new RiskNote(r.string("value"), Labels.of(r.enumName("kind")), Labels.of(r.enumName("impact")),
                        r.string("mitigation")))
                .toList();
    }

    private static String packageOf(TypeElement type) {
        Element enclosing = type.getEnclosingElement();
        while (!(enclosing instanceof PackageElement)) {
            enclosing = enclosing.getEnclosingElement();
        }
        return ((PackageElement) enclosing).getQualifiedName().toString();
    }
}
