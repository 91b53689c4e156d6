package io.modeldoc.processor.diag;

import java.util.List;

/** A finding of a check: a catalogued message, where it lies and its arguments. */
public record Problem(Message message, Origin origin, List<Object> args) {

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(Message message, Origin origin, Object... args) {
        return new Problem(message, origin, List.of(args));
    }
}
