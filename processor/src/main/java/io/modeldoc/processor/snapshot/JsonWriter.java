package io.modeldoc.processor.snapshot;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes records, lists, maps, strings, numbers, booleans, enums and nulls as pretty JSON, with
 * the keys of every object sorted, so equal values always give equal bytes. Record components at
 * their empty value are left out.
 */
final class JsonWriter {

    /** Record components sorted by name, per record class: found once, not per record. */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Arrays.sort(components, Comparator.comparing(RecordComponent::getName));
            for (RecordComponent component : components) {
                component.getAccessor().setAccessible(true);
            }
            return components;
        }
    };

    private final StringBuilder out = new StringBuilder(1 << 16);

    static String write(Object value) {
        JsonWriter writer = new JsonWriter();
        writer.value(value, 0);
        return writer.out.append('\n').toString();
    }

    private void value(Object value, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(text);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Enum<?> constant) {
            string(constant.name());
        } else if (value instanceof List<?> list) {
            list(list, depth);
        } else if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(k.toString(), v));
            object(sorted, depth);
        } else if (value instanceof Record record) {
            record(record, depth);
        } else {
            throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
        }
    }

    /**
     * A record as an object whose keys are its component names, sorted. A component at its empty
     * value (null, "", [], false, 0) is left out: most are, and the reader restores them.
     */
    private void record(Record record, int depth) {
        boolean first = true;
        for (RecordComponent component : COMPONENTS.get(record.getClass())) {
            Object value = read(record, component);
            if (EmptyValues.isEmpty(value)) {
                continue;
            }
            out.append(first ? "{\n" : ",\n");
            first = false;
            indent(depth + 1);
            string(component.getName());
            out.append(": ");
            value(value, depth + 1);
        }
        if (first) {
            out.append("{}");
            return;
        }
        out.append('\n');
        indent(depth);
        out.append('}');
    }

    private static Object read(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass().getSimpleName(), e);
        }
    }

    private void list(List<?> list, int depth) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n");
            indent(depth + 1);
            value(list.get(i), depth + 1);
        }
        out.append('\n');
        indent(depth);
        out.append(']');
    }

    private void object(Map<String, Object> fields, int depth) {
        if (fields.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            out.append(first ? "\n" : ",\n");
            first = false;
            indent(depth + 1);
            string(field.getKey());
            out.append(": ");
            value(field.getValue(), depth + 1);
        }
        out.append('\n');
        indent(depth);
        out.append('}');
    }

    private void string(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private void indent(int depth) {
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
    }
}
