package io.modeldoc.processor.output;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The digest of what was read of a class (an immutable tree of records, lists, maps, enums and values): equal
 * digests, equal reads. The tree is walked through its record components by reflection rather than through the
 * records' {@code toString()}, whose method-handle bootstraps cost javac's short-lived JVM about a tenth of a second,
 * more than the rest of a partial build's check.
 */
public final class ReadDigest {

    private ReadDigest() {
    }

    public static String of(Object read) {
        StringBuilder text = new StringBuilder(4096);
        append(text, read);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static void append(StringBuilder text, Object value) {
        if (value == null) {
            text.append("null");
        } else if (value instanceof Record record) {
            RecordShape shape = SHAPES.get(record.getClass());
            text.append(shape.name()).append('[');
            for (Method accessor : shape.accessors()) {
                append(text, component(record, accessor));
                text.append(',');
            }
            text.append(']');
        } else if (value instanceof Collection<?> items) {
            text.append('(').append(items.size()).append(')');
            items.forEach(item -> {
                append(text, item);
                text.append(';');
            });
        } else if (value instanceof Map<?, ?> map) {
            text.append('{').append(map.size()).append('}');
            map.forEach((key, item) -> {
                append(text, key);
                text.append(':');
                append(text, item);
                text.append(';');
            });
        } else if (value instanceof Optional<?> optional) {
            text.append("?");
            append(text, optional.orElse(null));
        } else if (value instanceof CharSequence chars) {
            // Length first, so that no two different strings run together into the same text.
            text.append('"').append(chars.length()).append(':').append(chars);
        } else {
            text.append(value);
        }
    }

    private static Object component(Record record, Method accessor) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor, e);
        }
    }

    /**
     * A record class's simple name and component accessors, looked up once per class: {@code getRecordComponents()}
     * copies every component and accessor on each call, and an accessor {@code Method} used once never gets a fast
     * invoker (at N = 2,000 entities those copies were a quarter of the rendering thread's time and 0.7 GB of garbage).
     * Component names are left out of the text: within one ModelDoc version (which the record's fingerprint covers)
     * the class's name fixes its components and their order, and the names were half the text.
     */
    private record RecordShape(String name, List<Method> accessors) {
    }

    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            return new RecordShape(type.getSimpleName(), Arrays.stream(components).map(ReadDigest::accessible).toList());
        }
    };

    /** Access is checked once here rather than on every call: {@code invoke} checks it each time otherwise. */
    private static Method accessible(RecordComponent component) {
        Method accessor = component.getAccessor();
        accessor.setAccessible(true);
        return accessor;
    }
}
