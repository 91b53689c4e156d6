package io.modeldoc.processor.output;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
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
            text.append(record.getClass().getSimpleName()).append('[');
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                text.append(component.getName()).append('=');
                append(text, component(record, component));
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

    private static Object component(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
