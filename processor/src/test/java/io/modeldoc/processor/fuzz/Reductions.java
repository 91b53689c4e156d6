package io.modeldoc.processor.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one-step reductions of a model the shrinker tries, coarse first: drop a class, a field, an annotation,
 * an annotation element, a superclass; simplify a field's type. Reductions that would certainly break the model
 * (a class still referenced, an entity without its id) are left out, since each try costs a compilation.
 */
final class Reductions {

    /** Annotations a class or field cannot lose without making the model invalid; the whole class or field can go. */
    private static final Set<String> ESSENTIAL = Set.of("Entity", "Embeddable", "MappedSuperclass", "Id", "EmbeddedId",
            "IdClass");
    private static final Pattern REFERENCE = Pattern.compile("fuzz\\.s\\d+\\.([A-Za-z0-9_]+)");

    private Reductions() {
    }

    static List<FuzzModel> of(FuzzModel model) {
        List<FuzzModel> candidates = new ArrayList<>();
        List<JavaClass> classes = model.classes();
        for (int c = 0; c < classes.size(); c++) {
            candidates.add(model.withoutClass(c));
        }
        for (int c = 0; c < classes.size(); c++) {
            JavaClass type = classes.get(c);
            for (int f = 0; f < type.fields().size(); f++) {
                JavaField field = type.fields().get(f);
                if (!field.has("Id") && !field.has("EmbeddedId")) {
                    candidates.add(model.withClass(c, type.withoutField(f)));
                }
            }
            if (!type.superclass().isEmpty()) {
                candidates.add(model.withClass(c, type.withSuperclass("")));
            }
        }
        for (int c = 0; c < classes.size(); c++) {
            int classIndex = c;
            JavaClass type = classes.get(c);
            annotations(type.annotations(), (a, changed) -> candidates.add(model.withClass(classIndex, changedClass(type, a, changed))));
            for (int f = 0; f < type.fields().size(); f++) {
                JavaField field = type.fields().get(f);
                int fieldIndex = f;
                annotations(field.annotations(), (a, changed) -> candidates.add(model.withClass(classIndex,
                        type.withField(fieldIndex, changed == null ? field.withoutAnnotation(a) : field.withAnnotation(a, changed)))));
                simpler(field.type()).ifPresent(t -> candidates.add(model.withClass(classIndex, type.withField(fieldIndex, field.withType(t)))));
            }
        }
        return candidates.stream().filter(Reductions::referencesResolve).toList();
    }

    private static JavaClass changedClass(JavaClass type, int index, JavaAnnotation changed) {
        return changed == null ? type.withoutAnnotation(index) : type.withAnnotation(index, changed);
    }

    /** Receives an annotation's index and its reduced version, {@code null} to drop it. */
    private interface AnnotationChange {
        void accept(int index, JavaAnnotation changed);
    }

    /** For each annotation: dropping it (unless essential), then dropping each of its elements. */
    private static void annotations(List<JavaAnnotation> annotations, AnnotationChange change) {
        for (int a = 0; a < annotations.size(); a++) {
            JavaAnnotation annotation = annotations.get(a);
            if (!ESSENTIAL.contains(annotation.simpleName())) {
                change.accept(a, null);
            }
            for (int e = 0; e < annotation.elements().size(); e++) {
                change.accept(a, annotation.without(e));
                JavaAnnotation.Value value = annotation.elements().get(e).value();
                if (value instanceof JavaAnnotation.Array array && array.values().size() > 1) {
                    for (int i = 0; i < array.values().size(); i++) {
                        List<JavaAnnotation.Value> fewer = new ArrayList<>(array.values());
                        fewer.remove(i);
                        change.accept(a, annotation.withElement(e, new JavaAnnotation.Element(
                                annotation.elements().get(e).name(), new JavaAnnotation.Array(fewer))));
                    }
                }
            }
        }
    }

    /** A simpler type for the field: a {@code Set} becomes a {@code List}, any other basic type a {@code String}. */
    private static java.util.Optional<String> simpler(String type) {
        if (type.startsWith("java.util.Set<")) {
            return java.util.Optional.of("java.util.List<" + type.substring("java.util.Set<".length()));
        }
        boolean basic = !type.contains("<") && !type.startsWith("fuzz.") && !type.equals("java.lang.String")
                && !type.equals("java.lang.Long");
        return basic ? java.util.Optional.of("java.lang.String") : java.util.Optional.empty();
    }

    /** Whether every class the model's text names (types, superclasses, {@code X.class}) is still in it. */
    static boolean referencesResolve(FuzzModel model) {
        Set<String> names = new java.util.HashSet<>();
        model.classes().forEach(c -> names.add(c.name()));
        StringBuilder text = new StringBuilder();
        for (JavaClass type : model.classes()) {
            text.append(type.superclass()).append(' ');
            type.fields().forEach(f -> text.append(f.type()).append(' '));
            type.annotations().forEach(a -> text.append(a).append(' '));
            type.fields().forEach(f -> f.annotations().forEach(a -> text.append(a).append(' ')));
        }
        Matcher matcher = REFERENCE.matcher(text);
        while (matcher.find()) {
            if (!names.contains(matcher.group(1))) {
                return false;
            }
        }
        return true;
    }
}
