package io.modeldoc.processor.read;

import io.modeldoc.processor.diag.Message;
import io.modeldoc.processor.diag.Reporter;
import io.modeldoc.processor.model.Cardinality;
import io.modeldoc.processor.model.Namespace;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** Reads {@code @ManyToOne}, {@code @OneToOne}, {@code @OneToMany} and {@code @ManyToMany} attributes. */
final class AssociationReader {

    private static final Map<Cardinality, List<String>> ANNOTATIONS = Map.of(
            Cardinality.MANY_TO_ONE, JpaNames.MANY_TO_ONE,
            Cardinality.ONE_TO_ONE, JpaNames.ONE_TO_ONE,
            Cardinality.ONE_TO_MANY, JpaNames.ONE_TO_MANY,
            Cardinality.MANY_TO_MANY, JpaNames.MANY_TO_MANY);
    private static final List<Cardinality> ORDER = List.of(Cardinality.values());

    private final Annotations annotations;
    private final Reporter reporter;
    private final boolean validationDdl;
    private final MapKeyReader mapKeys;
    private final DerivedIdChecks derivedIds;

    AssociationReader(Annotations annotations, Reporter reporter, boolean validationDdl, Types types) {
        this.annotations = annotations;
        this.reporter = reporter;
        this.validationDdl = validationDdl;
        this.mapKeys = new MapKeyReader(annotations, reporter);
        this.derivedIds = new DerivedIdChecks(annotations, reporter, types);
    }

    /** The association {@code field} declares; empty when it declares none, or a broken one (reported). */
    Optional<AssociationSource> read(Member field, String name, ValidationReader.Constraints constraints,
                                     Function<TypeElement, List<ColumnSource>> embeddableColumns) {
        for (Cardinality cardinality : ORDER) {
            Optional<AnnotationView> found = annotations.find(field.element(), ANNOTATIONS.get(cardinality));
            if (found.isPresent()) {
                return read(field, name, cardinality, found.get(), constraints, embeddableColumns);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code field} declares an association at all (so a failed read is not a basic attribute). */
    boolean failed(Member field) {
        return ANNOTATIONS.values().stream().anyMatch(names -> annotations.has(field.element(), names));
    }

    private Optional<AssociationSource> read(Member field, String name, Cardinality cardinality,
                                             AnnotationView association, ValidationReader.Constraints constraints,
                                             Function<TypeElement, List<ColumnSource>> embeddableColumns) {
        boolean collection = TypeNames.isCollection(field.type());
        String annotationName = "@" + association.mirror().getAnnotationType().asElement().getSimpleName();
        if (cardinality.toOne() && collection) {
            reporter.report(Message.TO_ONE_COLLECTION, field.element(), association.mirror(), null, name, annotationName, TypeNames.display(field.type()));
            return Optional.empty();
        }
        if (!cardinality.toOne() && !collection) {
            reporter.report(Message.TO_MANY_NOT_COLLECTION, field.element(), association.mirror(), null, name, annotationName, TypeNames.display(field.type()));
            return Optional.empty();
        }
        TypeMirror targetType = association.type("targetEntity");
        if (targetType == null || targetType.getKind() == TypeKind.VOID
                || "void".equals(targetType.toString())) {
            targetType = cardinality.toOne() ? field.type() : TypeNames.elementType(field.type());
        }
        TypeElement target = TypeNames.typeElement(targetType);
        if (target == null || !annotations.has(target, JpaNames.ENTITY)) {
            reporter.report(Message.NOT_AN_ENTITY, field.element(), association.mirror(), null, name, TypeNames.display(targetType));
            return Optional.empty();
        }
        checkMapsId(field, name);
        MapKeySource mapKey = null;
        if (TypeNames.isMap(field.type())) {
            Optional<MapKeySource> key = mapKeys.read(field, name, target, embeddableColumns);
            if (key.isEmpty()) {
                return Optional.empty();
            }
            mapKey = key.get();
        }
        Optional<AnnotationView> mapsIdAnnotation = annotations.find(field.element(), JpaNames.MAPS_ID);
        boolean id = annotations.has(field.element(), JpaNames.ID);
        if ((id || mapsIdAnnotation.isPresent()) && !cardinality.toOne()) {
            reporter.report(Message.IDENTIFYING_TO_MANY, field.element(), name, id ? "@Id" : "@MapsId", annotationName);
            return Optional.empty();
        }
        if (mapsIdAnnotation.isPresent()
                && !derivedIds.check(field, name, mapsIdAnnotation.get().string("value"), target, mapsIdAnnotation.get())) {
            return Optional.empty();
        }
        boolean primaryKeyJoin = cardinality == Cardinality.ONE_TO_ONE
                && annotations.has(field.element(), JpaNames.PRIMARY_KEY_JOIN_COLUMN);
        List<AnnotationView> allJoinColumns = annotations.repeated(field.element(), JpaNames.JOIN_COLUMN, JpaNames.JOIN_COLUMNS);
        Optional<AnnotationView> joinColumn = allJoinColumns.stream().findFirst();
        Optional<AnnotationView> joinTable = annotations.find(field.element(), JpaNames.JOIN_TABLE);
        // A key column always has a value, so an association that gives the key is never empty.
        boolean optional = !cardinality.toOne() || !id && mapsIdAnnotation.isEmpty() && association.bool("optional")
                && allJoinColumns.stream().allMatch(j -> j.bool("nullable"))
                && !(validationDdl && constraints.notNull());
        String fetch = association.enumName("fetch");
        boolean orphanRemoval = (cardinality == Cardinality.ONE_TO_ONE || cardinality == Cardinality.ONE_TO_MANY)
                && association.bool("orphanRemoval");
        String mappedBy = cardinality == Cardinality.MANY_TO_ONE ? "" : association.string("mappedBy");
        Optional<AnnotationView> foreignKey = joinColumn.flatMap(j -> j.annotations("foreignKey").stream().findFirst());
        return Optional.of(AssociationSource.builder(cardinality, target.getQualifiedName().toString())
                .mappedBy(mappedBy)
                .optional(optional)
                .cascade(association.enumNames("cascade"))
                .fetch(fetch)
                .orphanRemoval(orphanRemoval)
                .joinColumn(joinColumn.map(j -> j.string("name")).orElse(""))
                .joinColumnUnique(joinColumn.map(j -> j.bool("unique")).orElse(false))
                .joinTable(joinTable.map(j -> j.string("name")).orElse(""))
                .joinTableColumns(joinTable.map(j -> names(j.annotations("joinColumns"))).orElse(List.of()))
                .inverseColumns(joinTable.map(j -> names(j.annotations("inverseJoinColumns"))).orElse(List.of()))
                .joinTableNamespace(joinTable.map(EntityReader::namespace).orElse(Namespace.DEFAULT))
                .set(TypeNames.isSet(field.type()))
                .foreignKeyName(foreignKey.map(f -> f.string("name")).orElse(""))
                .noConstraint(foreignKey.map(f -> f.enumName("value").equals("NO_CONSTRAINT")).orElse(false))
                .orderColumn(annotations.find(field.element(), JpaNames.ORDER_COLUMN)
                        .map(o -> o.string("name").isEmpty() ? name + "_ORDER" : o.string("name")).orElse(""))
                .referencedColumn(joinColumn.map(j -> j.string("referencedColumnName")).orElse(""))
                .mapKey(mapKey)
                .mapsId(mapsIdAnnotation.map(m -> m.string("value")).orElse(null))
                .id(id)
                .primaryKeyJoin(primaryKeyJoin)
                .joinColumns(joinColumns(allJoinColumns))
                .readOnly(cardinality.toOne() && joinColumn.map(j -> !j.bool("insertable") && !j.bool("updatable")).orElse(false))
                .requiredColumn(cardinality.toOne() && joinColumn.map(j -> !j.bool("nullable")).orElse(false))
                .nonOptional(cardinality.toOne() && !association.bool("optional"))
                .build());
    }

    /** {@code @MapsId("x")} must name an attribute of the entity's {@code @EmbeddedId}. */
    private void checkMapsId(Member field, String name) {
        Optional<AnnotationView> mapsId = annotations.find(field.element(), JpaNames.MAPS_ID);
        if (mapsId.isEmpty() || mapsId.get().string("value").isEmpty()) {
            return;
        }
        String value = mapsId.get().string("value");
        List<String> parts = embeddedIdParts((TypeElement) field.element().getEnclosingElement());
        if (!parts.contains(value)) {
            reporter.report(Message.MAPS_ID_NOWHERE, field.element(), mapsId.get().mirror(), null, value, name,
                    parts.isEmpty() ? "the entity has no @EmbeddedId" : "its attributes are " + parts);
        }
    }

    /** The attribute names of the {@code @EmbeddedId} declared in {@code type} or a superclass; empty when there is none. */
    private List<String> embeddedIdParts(TypeElement type) {
        for (TypeElement level = type; level != null; level = TypeNames.typeElement(level.getSuperclass())) {
            for (VariableElement candidate : javax.lang.model.util.ElementFilter.fieldsIn(level.getEnclosedElements())) {
                TypeElement key = TypeNames.typeElement(candidate.asType());
                if (annotations.has(candidate, JpaNames.EMBEDDED_ID) && key != null) {
                    return javax.lang.model.util.ElementFilter.fieldsIn(key.getEnclosedElements()).stream()
                            .filter(f -> !f.getModifiers().contains(javax.lang.model.element.Modifier.STATIC))
                            .map(f -> f.getSimpleName().toString()).toList();
                }
            }
        }
        return List.of();
    }

    static List<JoinColumnSource> joinColumns(List<AnnotationView> joinColumns) {
        return joinColumns.stream().map(j -> new JoinColumnSource(j.string("name"), j.string("referencedColumnName"))).toList();
    }

    private static List<String> names(List<AnnotationView> joinColumns) {
        return joinColumns.stream().map(j -> j.string("name")).filter(n -> !n.isEmpty()).toList();
    }
}
