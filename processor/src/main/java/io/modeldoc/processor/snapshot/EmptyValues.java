package io.modeldoc.processor.snapshot;

import java.util.List;

/**
 * The values {@code model.json} leaves out of a record, and what a reader puts in their place: the
 * writer and the reader share this one definition, so every snapshot reads back equal to its model.
 */
final class EmptyValues {

    private EmptyValues() {
    }

    /** Whether the writer leaves a component with this value out. */
    static boolean isEmpty(Object value) {
        return value == null
                || value instanceof String text && text.isEmpty()
                || value instanceof List<?> list && list.isEmpty()
                || Boolean.FALSE.equals(value)
                || value instanceof Integer number && number == 0
                || value instanceof Long number && number == 0L;
    }

    /** The value of a component of this type that the file leaves out. */
    static Object of(Class<?> type) {
        if (type == String.class) {
            return "";
        }
        if (type == List.class) {
            return List.of();
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        return type == long.class ? (Object) 0L : null;
    }
}
