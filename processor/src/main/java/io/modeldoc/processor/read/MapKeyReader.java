package io.modeldoc.processor.read;

import io.modeldoc.processor.diag.Message;
import io.modeldoc.processor.diag.Reporter;
import io.modeldoc.processor.model.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Reads the key of a {@code Map} attribute: {@code @MapKey} (an attribute of the target entity),
 * {@code @MapKeyColumn} with {@code @MapKeyEnumerated}/{@code @MapKeyTemporal} (a basic key),
 * an embeddable key, or {@code @MapKeyJoinColumn} (an entity key).
 */
final class MapKeyReader {

    private final Annotations annotations;
    private final Reporter reporter;

    MapKeyReader(Annotations annotations, Reporter reporter) {
        this.annotations = annotations;
        this.reporter = reporter;
    }

    /** Reports map-key annotations on an attribute that is not a {@code Map}; they would be ignored silently. */
    void checkOnlyOnMaps(Member field, String name) {
        if (TypeNames.isMap(field.type())) {
            return;
        }
        for (List<String> names : JpaNames.MAP_KEY_ANNOTATIONS) {
            Optional<AnnotationView> found = annotations.find(field.element(), names);
            if (found.isPresent()) {
                String simple = "@" + found.get().mirror().getAnnotationType().asElement().getSimpleName();
                reporter.report(Message.MAP_KEY_NOT_MAP, field.element(), found.get().mirror(), null, name, simple,
                        TypeNames.display(field.type()));
                return;
            }
        }
    }

    /**
     * The key of a map attribute; empty when the attribute is no map, or its key is broken (reported).
     *
     * @param target             the target entity of a map of entities; {@code null} for an element collection
     * @param embeddableColumns  the columns of an embeddable's fields
     */
    Optional<MapKeySource> read(Member field, String name, TypeElement target,
                                Function<TypeElement, List<ColumnSource>> embeddableColumns) {
        if (!TypeNames.isMap(field.type())) {
            return Optional.empty();
        }
        if (((DeclaredType) field.type()).getTypeArguments().size() != 2) {
            // A raw Map says neither its key's nor its values' type.
            reporter.report(Message.UNMAPPED_TYPE, field.element(), name, TypeNames.display(field.type()));
            return Optional.empty();
        }
        TypeMirror keyType = ((DeclaredType) field.type()).getTypeArguments().get(0);
        String display = TypeNames.display(keyType);
        Optional<AnnotationView> mapKey = annotations.find(field.element(), JpaNames.MAP_KEY);
        if (mapKey.isPresent()) {
            return targetAttribute(field, name, target, mapKey.get(), display);
        }
        TypeElement keyElement = TypeNames.typeElement(keyType);
        if (keyElement != null && annotations.has(keyElement, JpaNames.ENTITY)) {
            String joinColumn = annotations.find(field.element(), JpaNames.MAP_KEY_JOIN_COLUMN).map(j -> j.string("name")).orElse("");
            return Optional.of(new MapKeySource(MapKeySource.Kind.ENTITY, "", List.of(),
                    keyElement.getQualifiedName().toString(), joinColumn, display));
        }
        if (keyElement != null && annotations.has(keyElement, JpaNames.EMBEDDABLE)) {
            return Optional.of(new MapKeySource(MapKeySource.Kind.EMBEDDABLE, "", embeddableColumns.apply(keyElement), "", "",
                    display));
        }
        ColumnSource column = basicColumn(field, name, keyType);
        if (column == null) {
            reporter.report(Message.UNMAPPED_TYPE, field.element(), name + " (its key)", display);
            return Optional.empty();
        }
        return Optional.of(new MapKeySource(MapKeySource.Kind.BASIC, "", List.of(column), "", "", display));
    }

    /** {@code @MapKey}: the key is the target's attribute of that name, or its identifier when no name is given. */
    private Optional<MapKeySource> targetAttribute(Member field, String name, TypeElement target, AnnotationView mapKey,
                                                   String display) {
        if (target == null) {
            reporter.report(Message.MAP_KEY_OF_VALUES, field.element(), mapKey.mirror(), null, name);
            return Optional.empty();
        }
        String attribute = mapKey.string("name");
        List<String> attributes = attributesOf(target);
        if (!attribute.isEmpty() && !attributes.contains(attribute)) {
            reporter.report(Message.MAP_KEY_NOWHERE, field.element(), mapKey.mirror(), null, attribute, name,
                    target.getSimpleName(), attributes);
            return Optional.empty();
        }
        return Optional.of(new MapKeySource(MapKeySource.Kind.TARGET_ATTRIBUTE, attribute, List.of(), "", "", display));
    }

    /** The attribute names of an entity and its superclasses: its fields, and its getters' properties. */
    private List<String> attributesOf(TypeElement type) {
        List<String> names = new ArrayList<>();
        for (TypeElement level = type; level != null && !level.getQualifiedName().contentEquals("java.lang.Object");
             level = TypeNames.typeElement(level.getSuperclass())) {
            for (VariableElement field : ElementFilter.fieldsIn(level.getEnclosedElements())) {
                if (!field.getModifiers().contains(Modifier.STATIC)) {
                    names.add(field.getSimpleName().toString());
                }
            }
            Member.of(level, true, annotations).stream().map(Member::name).filter(n -> !names.contains(n)).forEach(names::add);
        }
        return names;
    }

    /**
     * A basic key's column: {@code @MapKeyColumn} gives its name (else {@code <attribute>_KEY}), length,
     * precision and definition; {@code @MapKeyEnumerated} and {@code @MapKeyTemporal} its type. The key is
     * part of the collection table's primary key, so never null.
     */
    private ColumnSource basicColumn(Member field, String name, TypeMirror keyType) {
        TypeElement keyElement = TypeNames.typeElement(keyType);
        SqlType type;
        List<String> enumValues = List.of();
        if (keyElement != null && keyElement.getKind() == ElementKind.ENUM) {
            boolean byName = annotations.find(field.element(), JpaNames.MAP_KEY_ENUMERATED)
                    .map(a -> a.enumName("value").equals("STRING")).orElse(false);
            type = byName ? SqlType.ENUM_STRING : SqlType.ENUM_ORDINAL;
            enumValues = AttributeReader.enumConstants(keyElement);
        } else {
            type = JavaTypes.of(keyType);
            Optional<AnnotationView> temporal = annotations.find(field.element(), JpaNames.MAP_KEY_TEMPORAL);
            if (type == SqlType.TIMESTAMP && temporal.isPresent()) {
                type = switch (temporal.get().enumName("value")) {
                    case "DATE" -> SqlType.DATE;
                    case "TIME" -> SqlType.TIME;
                    default -> SqlType.TIMESTAMP;
                };
            }
        }
        if (type == null) {
            return null;
        }
        int[] defaults = JavaTypes.defaults(keyType, type);
        Optional<AnnotationView> column = annotations.find(field.element(), JpaNames.MAP_KEY_COLUMN);
        String columnName = column.map(c -> c.string("name")).filter(n -> !n.isEmpty()).orElse(name + "_KEY");
        int length = JavaTypes.length(column, defaults[0]);
        boolean explicitPrecision = column.map(c -> c.number("precision") > 0).orElse(false);
        int precision = explicitPrecision ? (int) column.get().number("precision") : defaults[1];
        int scale = column.filter(c -> c.isExplicit("scale")).map(c -> (int) c.number("scale"))
                .orElse(explicitPrecision ? 0 : defaults[2]);
        String definition = column.map(c -> c.string("columnDefinition")).orElse("");
        return new ColumnSource(columnName, type, length, precision, scale, false, true, keyType.getKind().isPrimitive(), false,
                enumValues, null, null, "", definition, "");
    }
}
