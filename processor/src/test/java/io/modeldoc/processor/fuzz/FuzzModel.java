package io.modeldoc.processor.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * One generated model: the classes of one seed, in their own package, every name prefixed with the seed,
 * so that many seeds compile together and each table names the seed it came from.
 *
 * @param seed    the seed that generated it
 * @param classes the top-level types, in generation order (superclasses before subclasses)
 */
public record FuzzModel(long seed, List<JavaClass> classes) {

    public FuzzModel {
        classes = List.copyOf(classes);
    }

    /** {@code fuzz.s7}: the package of every class of the seed. */
    public String packageName() {
        return packageOf(seed);
    }

    /** {@code S7}: the prefix of every class, table, sequence and explicit name of the seed. */
    public String prefix() {
        return prefixOf(seed);
    }

    public static String packageOf(long seed) {
        return "fuzz.s" + seed;
    }

    public static String prefixOf(long seed) {
        return "S" + seed;
    }

    public FuzzModel withClasses(List<JavaClass> value) {
        return new FuzzModel(seed, value);
    }

    public FuzzModel withClass(int index, JavaClass value) {
        List<JavaClass> changed = new ArrayList<>(classes);
        changed.set(index, value);
        return withClasses(changed);
    }

    public FuzzModel withoutClass(int index) {
        List<JavaClass> fewer = new ArrayList<>(classes);
        fewer.remove(index);
        return withClasses(fewer);
    }

    /** How many classes, fields, annotations and elements: the size the shrinker lowers. */
    public int size() {
        int size = 0;
        for (JavaClass type : classes) {
            size += 1 + type.annotations().size() + type.constants().size();
            for (JavaField field : type.fields()) {
                size += 1 + field.annotations().stream().mapToInt(a -> 1 + a.elements().size()).sum();
            }
        }
        return size;
    }
}
