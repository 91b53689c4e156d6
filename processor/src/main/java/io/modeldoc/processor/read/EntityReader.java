package io.modeldoc.processor.read;

import io.modeldoc.processor.diag.Message;
import io.modeldoc.processor.diag.Reporter;
import io.modeldoc.processor.model.AccessPolicy;
import io.modeldoc.processor.model.Index;
import io.modeldoc.processor.model.Namespace;
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
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads one {@code @Entity} class, with its mapped superclasses, into an {@link EntitySource}. */
public final class EntityReader {

    private final Annotations annotations;
    private final DocComments docs;
    private final AttributeReader attributes;
    private final LifecycleReader lifecycle;
    private final ClassChecks classChecks;
    private final Reporter reporter;
    private final AssociationOverrides associationOverrides;

    public EntityReader(Elements elements, Types types, DocComments docs, Reporter reporter, boolean validationDdl) {
        this.annotations = new Annotations();
        this.docs = docs;
        this.attributes = new AttributeReader(annotations, docs, reporter, validationDdl, types);
        this.lifecycle = new LifecycleReader(annotations);
        this.classChecks = new ClassChecks(annotations, reporter);
        this.reporter = reporter;
        this.associationOverrides = new AssociationOverrides(annotations, reporter);
    }

    /** Whether the class is annotated {@code @Entity}. */
    /** Call at the start of every round: annotation lookups are valid within one round. */
    public void newRound() {
        annotations.newRound();
    }

    public boolean isEntity(TypeElement type) {
        return annotations.has(type, JpaNames.ENTITY);
    }

    /**
     * The entity; empty when it cannot be documented. An entity with an ERROR on it or its attributes is left out
     * of every output: a script that creates what the error is about would fail on the database, and take the
     * tables after it along.
     */
    public Optional<EntitySource> read(TypeElement type) {
        int errorsBefore = reporter.errorCount();
        Optional<EntitySource> entity = readChecked(type);
        return reporter.errorCount() > errorsBefore ? Optional.empty() : entity;
    }

    private Optional<EntitySource> readChecked(TypeElement type) {
        if (!isMappableClass(type)) {
            return Optional.empty();
        }
        List<TypeElement> hierarchy = hierarchy(type);
        Map<String, GenerationSource> generators = generators(hierarchy);
        List<AttributeSource> all = new ArrayList<>();
        boolean property = Member.propertyAccess(type, annotations);
        for (TypeElement level : hierarchy) {
            all.addAll(attributes.read(level, (DeclaredType) type.asType(), generators, property));
        }
        // An entity renames the join columns of associations it inherits from mapped superclasses.
        all = new ArrayList<>(associationOverrides.apply(type, all, "", type.getSimpleName().toString()));
        // Hibernate orders the parts of a composite identifier by name.
        List<AttributeSource> ids0 = all.stream().filter(AttributeSource::isId).toList();
        List<AttributeSource> ordered = new ArrayList<>(ids0.size() > 1
                ? ids0.stream().sorted(java.util.Comparator.comparing(AttributeSource::name)).toList() : ids0);
        ordered.addAll(all.stream().filter(a -> !a.isId()).toList());
        String qualifiedName = type.getQualifiedName().toString();
        List<AttributeSource> ids = ordered.stream().filter(AttributeSource::isId).toList();
        InheritanceSource inheritance = inheritance(type);
        if (ids.isEmpty() && inheritance.isRoot()) {
            reporter.report(Message.MISSING_ID, type, qualifiedName);
            return Optional.empty();
        }
        boolean embeddedId = ids.stream().allMatch(id -> id.name().contains("."));
        // @IdClass may sit on the mapped superclass that declares the @Id attributes.
        boolean idClass = hierarchy.stream().anyMatch(level -> annotations.has(level, JpaNames.ID_CLASS));
        if (ids.size() > 1 && !embeddedId && !idClass) {
            reporter.report(Message.COMPOSITE_ID, type, qualifiedName, String.join(", ", ids.stream().map(AttributeSource::name).toList()));
            return Optional.empty();
        }
        classChecks.check(type, hierarchy, ids);
        AnnotationView entity = annotations.find(type, JpaNames.ENTITY).orElseThrow();
        Optional<AnnotationView> table = annotations.find(type, JpaNames.TABLE);
        String simpleName = type.getSimpleName().toString();
        return Optional.of(EntitySource.builder(qualifiedName)
                .simpleName(simpleName)
                .packageName(packageOf(type))
                .entityName(entity.string("name").isEmpty() ? simpleName : entity.string("name"))
                .table(table.map(t -> t.string("name")).orElse(""))
                .tableComment(annotations.find(type, JpaNames.HIBERNATE_COMMENT).map(a -> a.string("value"))
                        .orElseGet(() -> table.map(t -> t.string("comment")).orElse("")))
                .purpose(classChecks.purpose(type, annotations.find(type, JpaNames.PURPOSE)).orElseGet(() -> docs.of(type)))
                .attributes(ordered)
                .indexes(table.map(t -> t.annotations("indexes").stream().map(EntityReader::index).toList()).orElse(List.of()))
                .uniqueKeys(uniqueKeys(table, hierarchy, property))
                .rules(rules(type))
                .usage(usage(annotations, type))
                .access(annotations.find(type, JpaNames.ACCESS_CONTROL)
                        .map(a -> new AccessPolicy(a.strings("read"), a.strings("write"), a.string("audit")))
                        .orElse(AccessPolicy.NONE))
                .archival(annotations.find(type, JpaNames.ARCHIVAL).map(a -> a.string("value")).orElse(""))
                .risks(risks(annotations, type))
                .queries(lifecycle.queries(type))
                .callbacks(lifecycle.callbacks(hierarchy))
                .cache(lifecycle.cache(type))
                .cacheRegion(lifecycle.cacheRegion(type))
                .audited(lifecycle.audited(type))
                .inheritance(inheritance)
                .renamedFrom(annotations.find(type, JpaNames.RENAMED_FROM).map(a -> a.string("value")).orElse(""))
                .namespace(table.map(EntityReader::namespace).orElse(Namespace.DEFAULT))
                .secondaryTables(secondaryTables(type, ordered))
                .build());
    }

    /** Whether Hibernate could create instances of the class: not an interface, a record or an inner class (else reported). */
    private boolean isMappableClass(TypeElement type) {
        String name = type.getQualifiedName().toString();
        if (type.getKind() == javax.lang.model.element.ElementKind.INTERFACE) {
            reporter.report(Message.ENTITY_INTERFACE, type, name);
            return false;
        }
        if (type.getKind() == javax.lang.model.element.ElementKind.RECORD) {
            reporter.report(Message.ENTITY_RECORD, type, name);
            return false;
        }
        if (type.getNestingKind() == javax.lang.model.element.NestingKind.MEMBER
                && !type.getModifiers().contains(javax.lang.model.element.Modifier.STATIC)) {
            String outer = type.getEnclosingElement().getSimpleName().toString();
            reporter.report(Message.ENTITY_INNER_CLASS, type, name, outer, outer);
            return false;
        }
        return true;
    }

    /**
     * The class's {@code @SecondaryTable}s. An attribute placed in a table that is neither the primary table nor
     * one of these is an error on the entity: Hibernate refuses to start with it.
     */
    private List<SecondaryTableSource> secondaryTables(TypeElement type, List<AttributeSource> attributes) {
        List<SecondaryTableSource> tables = annotations.repeated(type, JpaNames.SECONDARY_TABLE, JpaNames.SECONDARY_TABLES).stream()
                .map(EntityReader::secondaryTable).toList();
        String primary = annotations.find(type, JpaNames.TABLE).map(t -> t.string("name")).orElse("");
        for (AttributeSource attribute : attributes) {
            String placed = attribute.table();
            if (!placed.isEmpty() && !placed.equalsIgnoreCase(primary)
                    && tables.stream().noneMatch(t -> t.name().equalsIgnoreCase(placed))) {
                reporter.report(Message.UNKNOWN_SECONDARY_TABLE, type, attribute.name(), placed,
                        type.getSimpleName().toString());
            }
        }
        return tables;
    }

    private static SecondaryTableSource secondaryTable(AnnotationView table) {
        Optional<AnnotationView> foreignKey = table.annotations("foreignKey").stream().findFirst();
        return new SecondaryTableSource(
                table.string("name"),
                namespace(table),
                table.annotations("pkJoinColumns").stream().map(k -> k.string("name")).filter(n -> !n.isEmpty()).toList(),
                foreignKey.map(f -> f.string("name")).orElse(""),
                foreignKey.map(f -> f.enumName("value").equals("NO_CONSTRAINT")).orElse(false),
                table.annotations("uniqueConstraints").stream()
                        .map(u -> new EntitySource.UniqueSource(u.string("name"), u.strings("columnNames"))).toList(),
                table.annotations("indexes").stream().map(EntityReader::index).toList(),
                table.string("comment"));
    }

    /** {@code catalog} and {@code schema} of a {@code @Table}, {@code @SecondaryTable} or generator. */
    static Namespace namespace(AnnotationView annotation) {
        return Namespace.of(annotation.string("catalog"), annotation.string("schema"));
    }

    /** {@code @Table(uniqueConstraints)}, and Hibernate's {@code @NaturalId} attributes as one unique key. */
    private List<EntitySource.UniqueSource> uniqueKeys(Optional<AnnotationView> table, List<TypeElement> hierarchy, boolean property) {
        List<EntitySource.UniqueSource> keys = new ArrayList<>(table.map(t -> t.annotations("uniqueConstraints").stream()
                .map(u -> new EntitySource.UniqueSource(u.string("name"), u.strings("columnNames"))).toList()).orElse(List.of()));
        List<String> naturalId = new ArrayList<>();
        for (TypeElement level : hierarchy) {
            // Under property access the getters carry @NaturalId, as they carry every other mapping annotation.
            for (Member member : Member.of(level, property, annotations)) {
                if (annotations.has(member.element(), JpaNames.NATURAL_ID)) {
                    naturalId.add(annotations.find(member.element(), JpaNames.COLUMN).map(c -> c.string("name"))
                            .filter(n -> !n.isEmpty()).orElse(member.name()));
                }
            }
        }
        if (!naturalId.isEmpty()) {
            keys.add(new EntitySource.UniqueSource("", naturalId, true));
        }
        return keys;
    }

    /** {@code @BusinessRule}s, and Hibernate's {@code @Check}s as rules the database enforces. */
    private List<RuleSource> rules(TypeElement type) {
        List<RuleSource> rules = new ArrayList<>(annotations.repeated(type, JpaNames.BUSINESS_RULE, JpaNames.BUSINESS_RULES).stream()
                .map(a -> new RuleSource(a.string("id"), a.string("value"), a.string("check"))).toList());
        for (AnnotationView check : annotations.repeated(type, JpaNames.HIBERNATE_CHECK, JpaNames.HIBERNATE_CHECKS)) {
            rules.add(new RuleSource(check.string("name"), "Database check " + check.string("constraints") + ".",
                    check.string("constraints")));
        }
        return rules;
    }

    /**
     * The class and the mapped superclasses up to its nearest entity superclass, topmost first:
     * their attributes come first. An entity superclass maps its own attributes.
     */
    private List<TypeElement> hierarchy(TypeElement type) {
        Deque<TypeElement> levels = new ArrayDeque<>();
        levels.push(type);
        TypeElement current = type;
        while (current.getSuperclass().getKind() == TypeKind.DECLARED) {
            current = TypeNames.typeElement(current.getSuperclass());
            if (annotations.has(current, JpaNames.ENTITY)) {
                break;
            }
            if (annotations.has(current, JpaNames.MAPPED_SUPERCLASS)) {
                levels.push(current);
            }
        }
        return List.copyOf(levels);
    }

    /** The entity's place in its hierarchy: its parent entity, and what the root declares. */
    private InheritanceSource inheritance(TypeElement type) {
        TypeElement parent = null;
        TypeElement root = type;
        for (TypeElement level = superclass(type); level != null; level = superclass(level)) {
            if (annotations.has(level, JpaNames.ENTITY)) {
                parent = parent == null ? level : parent;
                root = level;
            }
        }
        String entityName = annotations.find(type, JpaNames.ENTITY).map(e -> e.string("name")).filter(n -> !n.isEmpty())
                .orElse(type.getSimpleName().toString());
        InheritanceSource.Discriminator discriminator = annotations.find(root, JpaNames.DISCRIMINATOR_COLUMN)
                .map(d -> new InheritanceSource.Discriminator(true, d.enumName("discriminatorType").isEmpty()
                        ? "STRING" : d.enumName("discriminatorType"),
                        d.isExplicit("length") ? (int) d.number("length") : 31, d.string("columnDefinition")))
                .orElse(InheritanceSource.Discriminator.DEFAULT);
        boolean isAbstract = type.getModifiers().contains(javax.lang.model.element.Modifier.ABSTRACT);
        Optional<AnnotationView> value = annotations.find(type, JpaNames.DISCRIMINATOR_VALUE);
        if (value.isEmpty() && discriminator.type().equals("CHAR") && !isAbstract) {
            // Hibernate refuses to guess a one-character value.
            reporter.report(Message.DISCRIMINATOR_VALUE_MISSING, type, entityName);
        }
        // An integer value is written into the discriminator's check unquoted: it must be a number, and nothing else.
        if (value.isPresent() && discriminator.integer() && !value.get().string("value").strip().matches("-?\\d{1,10}")) {
            reporter.report(Message.DISCRIMINATOR_NOT_INTEGER, type, entityName, value.get().string("value"));
        }
        return new InheritanceSource(
                parent == null ? "" : parent.getQualifiedName().toString(),
                annotations.find(root, JpaNames.INHERITANCE).map(i -> i.enumName("strategy")).orElse("SINGLE_TABLE"),
                annotations.find(root, JpaNames.DISCRIMINATOR_COLUMN).map(d -> d.string("name")).orElse("DTYPE"),
                // Without a value, Hibernate uses the entity name, or its hash code for an integer discriminator.
                value.map(d -> d.string("value"))
                        .orElse(discriminator.integer() ? String.valueOf(entityName.hashCode()) : entityName),
                annotations.find(type, JpaNames.PRIMARY_KEY_JOIN_COLUMN).map(k -> k.string("name")).orElse(""),
                isAbstract,
                discriminator);
    }

    private static TypeElement superclass(TypeElement type) {
        return type.getSuperclass().getKind() == TypeKind.DECLARED ? TypeNames.typeElement(type.getSuperclass()) : null;
    }

    /** {@code @SequenceGenerator}s on the classes and their fields, by generator name. */
    private Map<String, GenerationSource> generators(List<TypeElement> hierarchy) {
        Map<String, GenerationSource> generators = new TreeMap<>();
        for (TypeElement level : hierarchy) {
            List<Element> carriers = new ArrayList<>();
            carriers.add(level);
            carriers.addAll(ElementFilter.fieldsIn(level.getEnclosedElements()));
            carriers.addAll(ElementFilter.methodsIn(level.getEnclosedElements())); // under property access
            for (Element carrier : carriers) {
                // A generator without a sequence name names its sequence after itself.
                annotations.find(carrier, JpaNames.SEQUENCE_GENERATOR).ifPresent(g -> generators.put(g.string("name"),
                        new GenerationSource("SEQUENCE", g.string("sequenceName").isEmpty() ? g.string("name") : g.string("sequenceName"),
                                g.number("initialValue"), (int) g.number("allocationSize"), null, namespace(g))));
                annotations.find(carrier, JpaNames.TABLE_GENERATOR).ifPresent(g -> generators.put(g.string("name"),
                        new GenerationSource("TABLE", "", g.number("initialValue"), (int) g.number("allocationSize"),
                                new GenerationSource.TableGeneratorSource(
                                        or(g.string("table"), GenerationSource.TableGeneratorSource.DEFAULT.table()),
                                        or(g.string("pkColumnName"), GenerationSource.TableGeneratorSource.DEFAULT.pkColumn()),
                                        or(g.string("valueColumnName"), GenerationSource.TableGeneratorSource.DEFAULT.valueColumn()),
                                        namespace(g)))));
            }
        }
        return generators;
    }

    private static String or(String value, String otherwise) {
        return value.isEmpty() ? otherwise : value;
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
