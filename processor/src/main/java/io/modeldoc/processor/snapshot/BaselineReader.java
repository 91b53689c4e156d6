package io.modeldoc.processor.snapshot;

import io.modeldoc.processor.model.DataModel;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a baseline {@code model.json} back into the immutable {@link DataModel} records, strictly:
 * an unknown key, a value of the wrong kind, or a format version newer than this build's is a
 * {@link BadBaseline} naming the file and the place, never a half-read model. An absent component
 * reads as empty: the writer leaves empty ones out, and a file of an older version lacks those
 * added since.
 */
public final class BaselineReader {

    /**
     * Each record class's components and constructor, looked up once: a partial build reads back
     * every entity of the module, and reflection per value was most of its reading time.
     */
    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return RecordShape.of(type);
        }
    };

    private final String file;

    private BaselineReader(String file) {
        this.file = file;
    }

    /** A baseline that cannot be read; the message names the file and says what to do. */
    public static final class BadBaseline extends RuntimeException {
        BadBaseline(String message) {
            super(message);
        }
    }

    /**
     * @param file the path the user gave, used only in messages
     * @throws BadBaseline when the text is not a snapshot this build can read
     */
    public static DataModel read(String file, String json) {
        return new BaselineReader(file).model(json);
    }

    @SuppressWarnings("unchecked")
    private DataModel model(String json) {
        Object root;
        try {
            root = JsonReader.read(json);
        } catch (IllegalArgumentException e) {
            throw bad("is not valid JSON (" + e.getMessage() + ")");
        }
        if (!(root instanceof Map<?, ?> map) || !(map.get("formatVersion") instanceof Long found)) {
            throw bad("has no formatVersion; it is not a ModelDoc model.json");
        }
        if (found < 1 || found > ModelJson.FORMAT_VERSION) {
            throw bad("has formatVersion " + found + ", but this ModelDoc reads versions 1 to " + ModelJson.FORMAT_VERSION
                    + "; regenerate it with this version or upgrade ModelDoc");
        }
        Map<String, Object> fields = new java.util.TreeMap<>((Map<String, Object>) map);
        fields.remove("formatVersion");
        return (DataModel) record(DataModel.class, fields, Where.ROOT);
    }

    private Object value(Type type, Object json, Where where) {
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            if (!(json instanceof List<?> items)) {
                throw bad("has no list at " + where);
            }
            Type itemType = list.getActualTypeArguments()[0];
            List<Object> values = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                values.add(value(itemType, items.get(i), where.item(i)));
            }
            return values;
        }
        Class<?> raw = (Class<?>) type;
        if (json == null) {
            if (raw.isPrimitive() || raw == String.class) {
                throw bad("has null at " + where);
            }
            return null; // optional parts, e.g. an attribute's sensitivity
        }
        if (raw == String.class && json instanceof String text) {
            return text;
        }
        if ((raw == int.class || raw == long.class) && json instanceof Long number) {
            return raw == int.class ? (Object) Math.toIntExact(number) : number;
        }
        if (raw == boolean.class && json instanceof Boolean flag) {
            return flag;
        }
        if (raw.isEnum() && json instanceof String name) {
            for (Object constant : raw.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(name)) {
                    return constant;
                }
            }
            throw bad("has the unknown value '" + name + "' at " + where);
        }
        if (raw.isRecord() && json instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = (Map<String, Object>) map;
            return record(raw, fields, where);
        }
        throw bad("has a value of the wrong kind at " + where + " (expected " + raw.getSimpleName() + ")");
    }

    private Object record(Class<?> type, Map<String, Object> fields, Where where) {
        RecordShape shape = SHAPES.get(type);
        Object[] values = new Object[shape.names().length];
        int known = 0;
        for (int i = 0; i < values.length; i++) {
            String name = shape.names()[i];
            if (!fields.containsKey(name)) {
                values[i] = EmptyValues.of(shape.types()[i]);
            } else {
                known++;
                values[i] = value(shape.genericTypes()[i], fields.get(name), where.field(name));
            }
        }
        if (known < fields.size()) {
            Set<String> unknown = new TreeSet<>(fields.keySet());
            unknown.removeAll(List.of(shape.names()));
            throw bad("has unknown keys " + unknown + " at " + where);
        }
        try {
            return shape.constructor().newInstance(values);
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw bad("cannot be read at " + where + " (" + e + ")");
        }
    }

    /**
     * Where a value sits in the file ({@code $.entities[3].table}), spelt out only for a message: a
     * partial build reads hundreds of thousands of values, and building each path was most of the work.
     */
    private record Where(Where parent, String field, int item) {

        static final Where ROOT = new Where(null, null, -1);

        Where field(String name) {
            return new Where(this, name, -1);
        }

        Where item(int index) {
            return new Where(this, null, index);
        }

        @Override
        public String toString() {
            return parent == null ? "$" : parent + (field != null ? "." + field : "[" + item + "]");
        }
    }

    /** What {@link #record} needs of a record class, in component order. */
    private record RecordShape(String[] names, Class<?>[] types, Type[] genericTypes, Constructor<?> constructor) {

        static RecordShape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            String[] names = new String[components.length];
            Class<?>[] types = new Class<?>[components.length];
            Type[] genericTypes = new Type[components.length];
            for (int i = 0; i < components.length; i++) {
                names[i] = components[i].getName();
                types[i] = components[i].getType();
                genericTypes[i] = components[i].getGenericType();
            }
            try {
                return new RecordShape(names, types, genericTypes, type.getDeclaredConstructor(types));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record always has its canonical constructor: " + type, e);
            }
        }
    }

    private BadBaseline bad(String what) {
        return new BadBaseline("The baseline " + file + " " + what + ".");
    }
}
