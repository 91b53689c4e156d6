package io.modeldoc.processor.read;

import io.modeldoc.processor.model.Namespace;

import io.modeldoc.processor.diag.Message;
import io.modeldoc.processor.diag.Reporter;
import io.modeldoc.processor.model.AttributeKind;
import io.modeldoc.processor.model.Sensitivity;
import io.modeldoc.processor.model.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Reads the persistent fields of a class (field access) into attribute sources, flattening
 * embedded values.
 */
final class AttributeReader {

    private final Annotations annotations;
    private final DocComments docs;
    private final ValidationReader validation;
    private final AssociationReader associations;
    private final Reporter reporter;
    private final boolean validationDdl;
    private final AttributeChecks checks;
    private final MapKeyReader mapKeys;
    private final AssociationOverrides associationOverrides;
    /** The classes being read, outermost first: an embeddable met again among them would embed itself for ever. */
    private final java.util.Deque<TypeElement> inside = new java.util.ArrayDeque<>();
    private final Types types;

    AttributeReader(Annotations annotations, DocComments docs, Reporter reporter, boolean validationDdl, Types types) {
        this.annotations = annotations;
        this.types = types;
        this.docs = docs;
        this.validation = new ValidationReader(annotations);
        this.associations = new AssociationReader(annotations, reporter, validationDdl, types);
        this.reporter = reporter;
        this.validationDdl = validationDdl;
        this.checks = new AttributeChecks(annotations, reporter);
        this.mapKeys = new MapKeyReader(annotations, reporter);
        this.associationOverrides = new AssociationOverrides(annotations, reporter);
    }

    /**
     * The persistent attributes declared by {@code type} itself.
     *
     * @param generators the sequence generators of the entity, by generator name
     * @param entity     the entity being read: the type variables of its mapped superclasses resolve through it
     */
    List<AttributeSource> read(TypeElement type, DeclaredType entity, Map<String, GenerationSource> generators, boolean property) {
        return readFields(type, entity, "", null, generators, property);
    }

    /**
     * The attributes of a class, or of an embeddable (which takes the access type of the entity embedding it).
     *
     * @param site the type the attributes are read for (the entity, or the embedded attribute's resolved type)
     */
    private List<AttributeSource> readFields(TypeElement type, DeclaredType site, String prefix, Embedding embedding,
                                             Map<String, GenerationSource> generators, boolean property) {
        List<AttributeSource> attributes = new ArrayList<>();
        inside.addLast(type);
        try {
            for (Member field : Member.of(type, site, types, property, annotations)) {
                readField(field, prefix, embedding, generators, attributes, property);
            }
        } finally {
            inside.removeLast();
        }
        return attributes;
    }

    /**
     * Whether embedding {@code embeddable} in {@code field} would embed a class inside itself, directly or through
     * other embeddables; if so, it is reported on the field.
     */
    private boolean embedsItself(Member field, String name, TypeElement embeddable) {
        if (!inside.contains(embeddable)) {
            return false;
        }
        List<String> path = new ArrayList<>();
        boolean found = false;
        for (TypeElement level : inside) {
            found = found || level.equals(embeddable);
            if (found) {
                path.add(level.getSimpleName().toString());
            }
        }
        path.add(embeddable.getSimpleName().toString());
        reporter.report(Message.EMBEDDABLE_CYCLE, field.element(), name, embeddable.getSimpleName(), String.join(" > ", path));
        return true;
    }

    private void readField(Member field, String prefix, Embedding embedding,
                           Map<String, GenerationSource> generators, List<AttributeSource> out, boolean property) {
        String name = prefix + field.name();
        TypeMirror type = field.type();
        mapKeys.checkOnlyOnMaps(field, name);
        if (embeddedId(field)) {
            TypeElement key = TypeNames.typeElement(field.type());
            if (key != null && !embedsItself(field, name, key)) {
                List<AttributeSource> parts = readFields(key, (DeclaredType) field.type(), name + ".",
                        new Embedding(overrides(field), false),
                        generators, property);
                // Hibernate maps such a "key many-to-one"; ModelDoc does not, so it says so rather than drop the column.
                parts.stream().filter(part -> part.association() != null).forEach(part -> reporter.report(
                        Message.ASSOCIATION_IN_EMBEDDED_ID, field.element(), part.name(), key.getSimpleName()));
                parts.stream().filter(part -> part.column() != null).map(AttributeSource::asIdPart).forEach(out::add);
            }
            return;
        }
        if (annotations.has(field.element(), JpaNames.ELEMENT_COLLECTION)) {
            elementCollection(field, name, generators, property).ifPresent(out::add);
            return;
        }
        TypeElement typeElement = TypeNames.typeElement(type);
        boolean embedded = annotations.has(field.element(), JpaNames.EMBEDDED)
                || typeElement != null && annotations.has(typeElement, JpaNames.EMBEDDABLE);
        if (embedded && typeElement != null) {
            if (embedsItself(field, name, typeElement)) {
                return;
            }
            Embedding inner = new Embedding(overrides(field), annotations.has(field.element(), List.of("jakarta.validation.Valid", "javax.validation.Valid")))
                    .within(embedding, field.name());
            List<AttributeSource> parts = readFields(typeElement, (DeclaredType) type, name + ".", inner, generators, property);
            out.addAll(associationOverrides.apply(field.element(), parts, name + ".", typeElement.getSimpleName().toString()));
            return;
        }
        String description = description(field);
        ValidationReader.Constraints constraints = validation.read(field.element());
        Sensitivity sensitivity = annotations.find(field.element(), JpaNames.SENSITIVE)
                .map(a -> new Sensitivity(Labels.of(a.enumName("classification")), a.string("protection")))
                .orElse(null);
        List<RuleSource> rules = annotations.repeated(field.element(), JpaNames.BUSINESS_RULE, JpaNames.BUSINESS_RULES).stream()
                .map(a -> new RuleSource(a.string("id"), a.string("value"), a.string("check")))
                .toList();

        Optional<AssociationSource> association = associations.read(field, name, constraints,
                key -> embeddableColumns(key, generators, property));
        if (association.isPresent()) {
            AssociationSource a = association.get();
            AttributeKind kind = a.cardinality().toOne() ? AttributeKind.TO_ONE : AttributeKind.TO_MANY;
            String joinColumnTable = annotations.find(field.element(), JpaNames.JOIN_COLUMN).map(j -> j.string("table")).orElse("");
            out.add(new AttributeSource(name, TypeNames.display(type), kind, null, a, null, null,
                    description, constraints.words(), sensitivity, rules, audit(field), a.cardinality().toOne() ? joinColumnTable : ""));
            return;
        }
        if (associations.failed(field)) {
            return;
        }
        AttributeKind kind = annotations.has(field.element(), JpaNames.ID) ? AttributeKind.ID
                : annotations.has(field.element(), JpaNames.VERSION) ? AttributeKind.VERSION : AttributeKind.BASIC;
        if (!checks.mappable(field, name)) {
            return;
        }
        ColumnSource column = column(field, name, type, kind, embedding, constraints);
        if (column == null) {
            reporter.report(Message.UNMAPPED_TYPE, field.element(), name, TypeNames.display(type));
            return;
        }
        checks.column(field, name, kind, column);
        GenerationSource generation = kind == AttributeKind.ID ? generation(field, name, column, generators) : null;
        out.add(new AttributeSource(name, TypeNames.display(type), kind, column, null, null, generation,
                description, constraints.words(), sensitivity, rules, audit(field), columnTable(field, embedding)));
    }

    /** {@code @EmbeddedId}, or {@code @Id} on an attribute of {@code @Embeddable} type, which Hibernate reads the same way. */
    private boolean embeddedId(Member field) {
        if (annotations.has(field.element(), JpaNames.EMBEDDED_ID)) {
            return true;
        }
        TypeElement type = TypeNames.typeElement(field.type());
        return type != null && annotations.has(field.element(), JpaNames.ID) && annotations.has(type, JpaNames.EMBEDDABLE);
    }

    /** An {@code @ElementCollection}: its collection table's columns, from a basic element or an embeddable's fields. */
    private Optional<AttributeSource> elementCollection(Member field, String name, Map<String, GenerationSource> generators,
                                                        boolean property) {
        TypeMirror element = TypeNames.elementType(field.type());
        TypeElement elementType = TypeNames.typeElement(element);
        List<ColumnSource> columns;
        List<String> keyOrder;
        List<AttributeSource> associations = List.of();
        boolean basic = elementType == null || !annotations.has(elementType, JpaNames.EMBEDDABLE);
        if (basic) {
            ColumnSource column = column(field, name, element, AttributeKind.BASIC, null, validation.read(field.element()));
            if (column == null) {
                reporter.report(Message.UNMAPPED_TYPE, field.element(), name, TypeNames.display(element));
                return Optional.empty();
            }
            columns = List.of(column);
            keyOrder = List.of(column.name());
        } else if (embedsItself(field, name, elementType)) {
            return Optional.empty();
        } else {
            List<AttributeSource> parts = associationOverrides.apply(field.element(),
                    readFields(elementType, (DeclaredType) element, "", new Embedding(overrides(field), false), generators, property), "",
                    elementType.getSimpleName().toString());
            columns = parts.stream().map(AttributeSource::column).filter(java.util.Objects::nonNull).toList();
            // Hibernate orders an embeddable's properties by name, and keys a set by its columns in that order.
            keyOrder = parts.stream().filter(p -> p.column() != null).sorted(java.util.Comparator.comparing(AttributeSource::name))
                    .map(p -> p.column().name()).toList();
            // The element's to-one associations keep their join columns in the collection table.
            associations = parts.stream().filter(p -> p.association() != null && p.association().cardinality().toOne()
                    && p.association().owning()).toList();
        }
        MapKeySource mapKey = null;
        if (TypeNames.isMap(field.type())) {
            Optional<MapKeySource> key = mapKeys.read(field, name, null, k -> embeddableColumns(k, generators, property));
            if (key.isEmpty()) {
                return Optional.empty();
            }
            mapKey = key.get();
        }
        Optional<AnnotationView> table = annotations.find(field.element(), JpaNames.COLLECTION_TABLE);
        String orderColumn = annotations.find(field.element(), JpaNames.ORDER_COLUMN)
                .map(o -> o.string("name").isEmpty() ? name + "_ORDER" : o.string("name")).orElse("");
        ElementCollectionSource elements = new ElementCollectionSource(
                table.map(t -> t.string("name")).orElse(""),
                table.map(t -> t.annotations("joinColumns").stream().map(j -> j.string("name")).filter(n -> !n.isEmpty()).toList())
                        .orElse(List.of()),
                columns, orderColumn, TypeNames.isSet(field.type()), basic,
                table.map(EntityReader::namespace).orElse(Namespace.DEFAULT),
                mapKey, associations, keyOrder,
                annotations.find(field.element(), JpaNames.ELEMENT_COLLECTION).map(e -> e.enumName("fetch"))
                        .filter(f -> !f.isEmpty()).orElse("LAZY"),
                annotations.find(field.element(), JpaNames.ORDER_BY)
                        .map(o -> o.string("value").isBlank() && basic ? columns.get(0).name() : o.string("value").strip()).orElse(""));
        ValidationReader.Constraints constraints = validation.read(field.element());
        return Optional.of(new AttributeSource(name, TypeNames.display(field.type()), AttributeKind.ELEMENTS, null, null,
                elements, null, description(field), constraints.words(), null, List.of(), audit(field)));
    }

    /** The columns of an embeddable's fields, for an embeddable map key. */
    private List<ColumnSource> embeddableColumns(TypeElement embeddable, Map<String, GenerationSource> generators, boolean property) {
        return readFields(embeddable, null, "", new Embedding(Map.of(), false), generators, property).stream()
                .map(AttributeSource::column).filter(java.util.Objects::nonNull).toList();
    }

    /** What Hibernate or Spring Data fill in by themselves, in words. */
    private String audit(Member field) {
        if (annotations.has(field.element(), JpaNames.CREATION_TIMESTAMP) || annotations.has(field.element(), JpaNames.CREATED_DATE)) {
            return "creation time";
        }
        if (annotations.has(field.element(), JpaNames.UPDATE_TIMESTAMP) || annotations.has(field.element(), JpaNames.LAST_MODIFIED_DATE)) {
            return "last modification time";
        }
        if (annotations.has(field.element(), JpaNames.CREATED_BY)) {
            return "creating user";
        }
        return annotations.has(field.element(), JpaNames.LAST_MODIFIED_BY) ? "last modifying user" : "";
    }

    private String description(Member field) {
        return checks.purpose(field.element(), annotations.find(field.element(), JpaNames.PURPOSE)).orElseGet(() -> docs.of(field.element()));
    }

    private ColumnSource column(Member field, String name, TypeMirror declared, AttributeKind kind,
                                Embedding embedding, ValidationReader.Constraints constraints) {
        // A converter decides the column's type from its database side.
        TypeMirror type = converted(field).orElse(declared);
        SqlType javaType = basicType(field, type);
        if (javaType == null) {
            return null;
        }
        HibernateTypes.Requested requested = requestedType(field, type, javaType);
        SqlType sqlType = requested.type();
        int[] defaults = JavaTypes.defaults(type, sqlType);
        if (requested.defaultLength() > 0) {
            defaults[0] = requested.defaultLength();
        }
        String leaf = field.name().toString();
        // An @AttributeOverride's @Column replaces the attribute's whole: its length, nullability... as well as its name.
        Optional<AnnotationView> column = embedding != null && embedding.overrides().containsKey(leaf)
                ? Optional.of(embedding.overrides().get(leaf))
                : annotations.find(field.element(), JpaNames.COLUMN);
        String columnName = column.map(c -> c.string("name")).filter(s -> !s.isEmpty()).orElse(leaf);
        int length = JavaTypes.length(column, defaults[0]);
        // A negative precision is kept, for the checks to report; 0 is JPA's "not given".
        int precision = column.filter(c -> c.number("precision") != 0).map(c -> (int) c.number("precision")).orElse(defaults[1]);
        // A precision without a scale means a scale of 0, as in SQL.
        boolean explicitPrecision = column.map(c -> c.number("precision") != 0).orElse(false);
        int scale = column.filter(c -> c.isExplicit("scale")).map(c -> (int) c.number("scale"))
                .orElse(explicitPrecision ? 0 : defaults[2]);

        Optional<Boolean> columnNullable = column.filter(c -> c.isExplicit("nullable")).map(c -> c.bool("nullable"));
        boolean basicRequired = annotations.find(field.element(), JpaNames.BASIC).map(b -> !b.bool("optional")).orElse(false);
        // Hibernate forces columns of embedded values nullable, unless the mapping says otherwise.
        boolean primitive = type.getKind().isPrimitive() && embedding == null;
        // Bean Validation reaches into an embedded value only through @Valid, and even then not its not-null rules.
        boolean applyValidation = validationDdl && (embedding == null || embedding.validated());
        boolean applyNotNull = validationDdl && embedding == null && constraints.notNull();
        // Hibernate 7.4 reads @Column's nullable = true even on a primitive: only a primitive without @Column is NOT NULL.
        boolean nullable = kind == AttributeKind.BASIC && columnNullable.orElse(column.isPresent() || !primitive)
                && !basicRequired && !applyNotNull;
        // Hibernate sizes a String's column by @Size and @Length, whatever JDBC type it asks for.
        boolean text = JavaTypes.erasedName(type).equals("java.lang.String") && switch (sqlType) {
            case CHAR, NCHAR, VARCHAR, NVARCHAR -> true;
            default -> false;
        };
        if (applyValidation && constraints.maxSize() > 0 && (text || sqlType == SqlType.VARCHAR || sqlType == SqlType.VARBINARY)) {
            // A bound of 255 is JPA's default length to Hibernate, so the type's own applies (a long type's stays long).
            length = constraints.maxSize() == 255 ? defaults[0] : constraints.maxSize();
        }
        if (applyValidation && constraints.digits() != null && (sqlType == SqlType.NUMERIC || sqlType == SqlType.DECIMAL)) {
            precision = constraints.digits()[0];
            scale = constraints.digits()[1];
        }
        if (requested.largest()) {
            length = requested.defaultLength();
        }
        boolean unique = column.map(c -> c.bool("unique")).orElse(false);
        List<String> enumValues = sqlType == SqlType.ENUM_STRING || sqlType == SqlType.ENUM_ORDINAL
                ? enumConstants(TypeNames.typeElement(type)) : List.of();
        // Hibernate's @Comment, else JPA 3.2's @Column(comment)
        String comment = annotations.find(field.element(), JpaNames.HIBERNATE_COMMENT).map(a -> a.string("value"))
                .orElseGet(() -> column.map(c -> c.string("comment")).orElse(""));
        String definition = column.map(c -> c.string("columnDefinition")).orElse("");
        Long min = applyValidation ? constraints.min() : null;
        Long max = applyValidation ? constraints.max() : null;
        boolean required = columnNullable.map(n -> !n).orElse(false);
        String renamedFrom = annotations.find(field.element(), JpaNames.RENAMED_FROM).map(a -> a.string("value")).orElse("");
        boolean readOnly = column.map(c -> !c.bool("insertable") && !c.bool("updatable")).orElse(false);
        return new ColumnSource(columnName, sqlType, length, precision, scale, nullable, required, primitive || basicRequired,
                unique, enumValues,
                min, max, comment, definition, renamedFrom, readOnly, new ColumnSource.Size(defaults[0], defaults[1], defaults[2]));
    }

    /** The database type of the field's {@code @Convert(converter)}: the second type argument of its AttributeConverter. */
    private Optional<TypeMirror> converted(Member field) {
        return annotations.find(field.element(), JpaNames.CONVERT)
                .map(convert -> convert.type("converter"))
                .map(TypeNames::typeElement)
                .flatMap(this::converterTarget);
    }

    private Optional<TypeMirror> converterTarget(TypeElement converter) {
        return converterTarget(converter, Map.of());
    }

    /**
     * The database type of a converter class, found through its supertypes: a type variable a generic superclass
     * passes on ({@code CodeConverter<X> implements AttributeConverter<Status, X>}) is resolved to the argument
     * its subclass gives it ({@code extends CodeConverter<Integer>}).
     *
     * @param bindings the class's type parameters, as its subclasses bind them
     */
    private Optional<TypeMirror> converterTarget(TypeElement converter, Map<javax.lang.model.element.Element, TypeMirror> bindings) {
        List<TypeMirror> supertypes = new ArrayList<>(converter.getInterfaces());
        supertypes.add(converter.getSuperclass());
        for (TypeMirror supertype : supertypes) {
            TypeElement element = TypeNames.typeElement(supertype);
            if (element == null) {
                continue;
            }
            List<? extends TypeMirror> arguments = ((javax.lang.model.type.DeclaredType) supertype).getTypeArguments();
            if (JpaNames.ATTRIBUTE_CONVERTER.contains(element.getQualifiedName().toString())) {
                return arguments.size() == 2 ? Optional.of(bound(arguments.get(1), bindings)) : Optional.empty();
            }
            Map<javax.lang.model.element.Element, TypeMirror> inherited = new java.util.HashMap<>();
            for (int i = 0; i < arguments.size() && i < element.getTypeParameters().size(); i++) {
                inherited.put(element.getTypeParameters().get(i), bound(arguments.get(i), bindings));
            }
            Optional<TypeMirror> found = converterTarget(element, inherited);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The type, or what a subclass binds it to when it is a type variable. */
    private static TypeMirror bound(TypeMirror type, Map<javax.lang.model.element.Element, TypeMirror> bindings) {
        if (type instanceof javax.lang.model.type.TypeVariable variable) {
            return bindings.getOrDefault(variable.asElement(), type);
        }
        return type;
    }

    private SqlType basicType(Member field, TypeMirror type) {
        TypeElement element = TypeNames.typeElement(type);
        if (element != null && element.getKind() == ElementKind.ENUM) {
            boolean byName = annotations.find(field.element(), JpaNames.ENUMERATED).map(a -> a.enumName("value").equals("STRING")).orElse(false);
            return byName ? SqlType.ENUM_STRING : SqlType.ENUM_ORDINAL;
        }
        SqlType sqlType = JavaTypes.of(type);
        Optional<AnnotationView> temporal = annotations.find(field.element(), JpaNames.TEMPORAL);
        if (sqlType == SqlType.TIMESTAMP && temporal.isPresent()) {
            return switch (temporal.get().enumName("value")) {
                case "DATE" -> SqlType.DATE;
                case "TIME" -> SqlType.TIME;
                default -> SqlType.TIMESTAMP;
            };
        }
        if (sqlType != null && annotations.has(field.element(), JpaNames.LOB)) {
            if (sqlType == SqlType.VARCHAR) {
                return SqlType.CLOB;
            }
            if (sqlType == SqlType.VARBINARY) {
                return SqlType.BLOB;
            }
        }
        return sqlType;
    }

    /**
     * The column type Hibernate's type annotations ask for ({@code @JdbcTypeCode} or {@code @JdbcType}, else
     * {@code @Nationalized}), else the Java type's own. A code ModelDoc does not map, or any code on an enum (whose
     * constants' check Hibernate keeps), leaves the Java type's, with a warning unless a columnDefinition gives the type.
     */
    private HibernateTypes.Requested requestedType(Member field, TypeMirror type, SqlType javaType) {
        Optional<AnnotationView> code = annotations.find(field.element(), JpaNames.JDBC_TYPE_CODE);
        Optional<TypeMirror> jdbcType = annotations.find(field.element(), JpaNames.JDBC_TYPE).map(j -> j.type("value"));
        HibernateTypes.Requested requested = new HibernateTypes.Requested(javaType, 0);
        if (code.isPresent() || jdbcType.isPresent()) {
            String asked = code.map(c -> "SqlTypes code " + c.number("value"))
                    .orElseGet(() -> "JdbcType " + TypeNames.display(jdbcType.get()));
            Optional<Integer> number = code.map(c -> (int) c.number("value"))
                    .or(() -> HibernateTypes.codeOfClass(JavaTypes.erasedName(jdbcType.get())));
            boolean enumType = javaType == SqlType.ENUM_STRING || javaType == SqlType.ENUM_ORDINAL;
            Optional<HibernateTypes.Requested> mapped = enumType ? Optional.empty()
                    : number.flatMap(n -> HibernateTypes.ofCode(n, javaType));
            boolean definition = annotations.find(field.element(), JpaNames.COLUMN)
                    .map(c -> !c.string("columnDefinition").isEmpty()).orElse(false);
            if (mapped.isPresent()) {
                requested = mapped.get();
            } else if (!definition) {
                reporter.report(Message.UNSUPPORTED_JDBC_TYPE, field.element(), field.name(), asked, TypeNames.display(type));
            }
        }
        // An explicit JDBC type wins over @Nationalized, as in Hibernate.
        if (code.isEmpty() && jdbcType.isEmpty() && annotations.has(field.element(), JpaNames.NATIONALIZED)) {
            requested = new HibernateTypes.Requested(HibernateTypes.nationalized(requested.type()), requested.defaultLength());
        }
        return requested;
    }

    static List<String> enumConstants(TypeElement enumType) {
        return enumType.getEnclosedElements().stream()
                .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
                .map(e -> e.getSimpleName().toString())
                .toList();
    }

    private GenerationSource generation(Member field, String name, ColumnSource column,
                                        Map<String, GenerationSource> generators) {
        Optional<AnnotationView> generated = annotations.find(field.element(), JpaNames.GENERATED_VALUE);
        if (generated.isEmpty()) {
            return null;
        }
        String strategy = generated.get().enumName("strategy");
        String generator = generated.get().string("generator");
        checks.generatedType(field, name, strategy, column);
        GenerationSource named = generators.get(generator);
        if (named != null && named.table() != null) {
            return named;
        }
        if (named != null && !strategy.equals("IDENTITY")) {
            return new GenerationSource("SEQUENCE", named.sequence(), named.initialValue(), named.allocationSize(), null,
                    named.namespace());
        }
        if (strategy.equals("TABLE")) {
            return new GenerationSource("TABLE", "", 0, 50, GenerationSource.TableGeneratorSource.DEFAULT);
        }
        if (!generator.isEmpty() && !strategy.equals("IDENTITY")) {
            // Hibernate takes an unknown generator name for the name of a sequence.
            reporter.report(Message.UNKNOWN_GENERATOR, field.element(), name, generator, generator, generator);
            return new GenerationSource("SEQUENCE", generator, 1, 50);
        }
        return new GenerationSource(strategy.isEmpty() ? "AUTO" : strategy, "", 1, 50);
    }

    /**
     * {@code @AttributeOverride(s)} on an embedded attribute: the attribute's path in the embeddable ({@code street},
     * or {@code inner.street} for a nested embeddable's) to the override's {@code @Column}.
     */
    private Map<String, AnnotationView> overrides(Member field) {
        Map<String, AnnotationView> values = new TreeMap<>();
        for (AnnotationView override : annotations.repeated(field.element(), JpaNames.ATTRIBUTE_OVERRIDE, JpaNames.ATTRIBUTE_OVERRIDES)) {
            override.annotations("column").stream().findFirst().ifPresent(c -> values.put(override.string("name"), c));
        }
        return values;
    }

    /**
     * The table a basic attribute's column lives in, {@code @Column(table)} or an override's: empty for the
     * entity's primary table. An embedded value's part takes the embedding's override, else the one the
     * embeddable itself writes.
     */
    private String columnTable(Member field, Embedding embedding) {
        String leaf = field.name();
        if (embedding != null && embedding.overrides().containsKey(leaf)) {
            return embedding.overrides().get(leaf).string("table");
        }
        return annotations.find(field.element(), JpaNames.COLUMN).map(c -> c.string("table")).orElse("");
    }

    /**
     * How an embeddable is embedded: its attributes' column overrides by path ({@code street}, {@code inner.street}),
     * and whether it is {@code @Valid}.
     */
    private record Embedding(Map<String, AnnotationView> overrides, boolean validated) {

        /**
         * This embedding of a nested embeddable, the value of attribute {@code field} of an embeddable that is itself
         * embedded by {@code outer}: the outer overrides of {@code field.x} reach it as overrides of {@code x}, and
         * win over its own, as in JPA the outermost override does.
         */
        Embedding within(Embedding outer, String field) {
            if (outer == null || outer.overrides().isEmpty()) {
                return this;
            }
            Map<String, AnnotationView> merged = new TreeMap<>(overrides);
            String prefix = field + ".";
            outer.overrides().forEach((path, column) -> {
                if (path.startsWith(prefix)) {
                    merged.put(path.substring(prefix.length()), column);
                }
            });
            return new Embedding(merged, validated);
        }
    }
}
