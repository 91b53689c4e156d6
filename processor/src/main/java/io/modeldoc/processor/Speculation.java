package io.modeldoc.processor;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Computes a pure function ahead of time on a background thread, and hands the result over only
 * when it is asked for with an equal input; for any other input it computes on the caller's thread.
 *
 * <p>javac compiles on one thread. ModelDoc knows its model when the entities arrive, rounds
 * before the last one in which it must write its outputs; rendering them meanwhile on an idle core
 * takes that work off javac's path. Because the function is pure, a result computed ahead is the
 * very result the last round would compute: the outputs stay the same bytes.
 *
 * @param <I> the input, compared with {@code equals}
 * @param <R> the result
 */
final class Speculation<I, R> {

    /** One daemon thread per computation, so an unfinished one never holds javac's JVM open. */
    private static final Executor BACKGROUND = task -> {
        Thread thread = new Thread(task, "modeldoc-outputs");
        thread.setDaemon(true);
        thread.start();
    };

    private final Function<I, R> work;
    private I input;
    private CompletableFuture<R> ahead;
    private boolean lastWasAhead;

    Speculation(Function<I, R> work) {
        this.work = work;
    }

    /** Starts computing {@code input}'s result in the background; an earlier start is superseded. */
    void start(I input) {
        this.input = input;
        this.ahead = CompletableFuture.supplyAsync(() -> work.apply(input), BACKGROUND);
    }

    /** {@code input}'s result: the one computed ahead when the inputs are equal, else computed now. */
    R get(I input) {
        lastWasAhead = ahead != null && input.equals(this.input);
        if (!lastWasAhead) {
            return work.apply(input);
        }
        try {
            return ahead.join();
        } catch (CompletionException e) {
            throw rethrown(e.getCause());
        }
    }

    /** Whether the last {@link #get} used the result computed ahead. */
    boolean lastWasAhead() {
        return lastWasAhead;
    }

    /** The background failure, as the caller would have seen it computing the result itself. */
    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }
}
