package io.modeldoc.processor.read;

import io.modeldoc.processor.diag.Message;
import io.modeldoc.processor.diag.Reporter;
import io.modeldoc.processor.model.AttributeKind;
import io.modeldoc.processor.model.SqlType;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Mistakes a single attribute can make, reported on its field. */
final class AttributeChecks {

    private static final List<String> VERSION_TYPES = List.of("int", "short", "long", "java.lang.Integer", "java.lang.Short",
            "java.lang.Long", "java.time.Instant", "java.time.LocalDateTime", "java.sql.Timestamp");
    private static final List<SqlType> NUMBERS = List.of(SqlType.TINYINT, SqlType.SMALLINT, SqlType.INTEGER, SqlType.BIGINT,
            SqlType.NUMERIC, SqlType.DECIMAL);

    private final Annotations annotations;
    private final Reporter reporter;

    AttributeChecks(Annotations annotations, Reporter reporter) {
        this.annotations = annotations;
        this.reporter = reporter;
    }

    /** Whether the attribute's type can be read as written; a mistake that leaves no column is reported. */
    boolean mappable(Member field, String name) {
        TypeMirror type = field.type();
        TypeElement element = TypeNames.typeElement(type);
        boolean isEnum = element != null && element.getKind() == ElementKind.ENUM;
        if (annotations.has(field.element(), JpaNames.ENUMERATED) && !isEnum) {
            reporter.report(Message.ENUMERATED_NOT_ENUM, field.element(), name, TypeNames.display(type));
            return false;
        }
        // With @Convert, @Lob applies to the converter's database type (a JSON String, say), not the attribute's.
        if (annotations.has(field.element(), JpaNames.LOB) && !lobType(type) && !annotations.has(field.element(), JpaNames.CONVERT)) {
            reporter.report(Message.LOB_WRONG_TYPE, field.element(), name, TypeNames.display(type));
            return false;
        }
        return true;
    }

    /** Checks that need the column as read: sizes, precision, version types, enum lengths. */
    void column(Member field, String name, AttributeKind kind, ColumnSource column) {
        annotations.find(field.element(), JpaNames.SIZE).filter(size -> size.number("min") > size.number("max"))
                .ifPresent(size -> reporter.report(Message.SIZE_MIN_ABOVE_MAX, field.element(), name, size.number("min"), size.number("max")));
        if ((column.type() == SqlType.NUMERIC || column.type() == SqlType.DECIMAL) && column.precision() >= 0 && column.scale() > column.precision()) {
            reporter.report(Message.SCALE_ABOVE_PRECISION, field.element(), name, column.precision(), column.scale());
        }
        if (kind == AttributeKind.VERSION && !VERSION_TYPES.contains(qualifiedName(field.type()))) {
            reporter.report(Message.VERSION_TYPE, field.element(), name, TypeNames.display(field.type()));
        }
        if (column.type() == SqlType.ENUM_STRING) {
            column.enumValues().stream().filter(value -> value.length() > column.length()).findFirst()
                    .ifPresent(value -> reporter.report(Message.ENUM_TOO_LONG, field.element(), name, value, value.length(),
                            column.length(), longest(column.enumValues())));
        }
    }

    /** IDENTITY and SEQUENCE give numbers: the identifier must hold one. */
    void generatedType(Member field, String name, String strategy, ColumnSource column) {
        if ((strategy.equals("IDENTITY") || strategy.equals("SEQUENCE")) && !NUMBERS.contains(column.type())) {
            reporter.report(Message.GENERATED_NOT_NUMERIC, field.element(), name, "GenerationType." + strategy, TypeNames.display(field.type()));
        }
    }

    /** The {@code @Purpose} text, unless it is blank (then reported, and the Javadoc counts). */
    Optional<String> purpose(javax.lang.model.element.Element element, Optional<AnnotationView> purpose) {
        if (purpose.isPresent() && purpose.get().string("value").isBlank()) {
            reporter.report(Message.BLANK_PURPOSE, element, element.getSimpleName());
            return Optional.empty();
        }
        return purpose.map(p -> p.string("value"));
    }

    private static boolean lobType(TypeMirror type) {
        if (type.getKind() == TypeKind.ARRAY) {
            TypeMirror component = ((ArrayType) type).getComponentType();
            return component.getKind() == TypeKind.BYTE || component.getKind() == TypeKind.CHAR
                    || List.of("java.lang.Byte", "java.lang.Character").contains(qualifiedName(component));
        }
        return List.of("java.lang.String", "java.sql.Clob", "java.sql.Blob", "java.sql.NClob").contains(qualifiedName(type));
    }

    private static String qualifiedName(TypeMirror type) {
        return type.getKind().isPrimitive() ? type.getKind().name().toLowerCase(java.util.Locale.ROOT) : JavaTypes.erasedName(type);
    }

    private static int longest(List<String> values) {
        return values.stream().mapToInt(String::length).max().orElse(0);
    }
}
