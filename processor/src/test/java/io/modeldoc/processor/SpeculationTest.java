package io.modeldoc.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SpeculationTest {

    @Test
    void anEqualInputGetsTheResultComputedInTheBackground() {
        Speculation<String, String> speculation = new Speculation<>(input -> input + " on " + Thread.currentThread().getName());

        speculation.start("model");

        assertThat(speculation.get("model")).isEqualTo("model on modeldoc-outputs");
        assertThat(speculation.lastWasAhead()).isTrue();
    }

    @Test
    void anotherInputIsComputedOnTheCallersThread() {
        Speculation<String, String> speculation = new Speculation<>(input -> input + " on " + Thread.currentThread().getName());

        speculation.start("model");

        assertThat(speculation.get("changed model")).isEqualTo("changed model on " + Thread.currentThread().getName());
        assertThat(speculation.lastWasAhead()).isFalse();
    }

    @Test
    void withoutAStartEverythingIsComputedOnTheCallersThread() {
        Speculation<String, String> speculation = new Speculation<>(input -> Thread.currentThread().getName());

        assertThat(speculation.get("model")).isEqualTo(Thread.currentThread().getName());
        assertThat(speculation.lastWasAhead()).isFalse();
    }

    @Test
    void aLaterStartSupersedesAnEarlierOne() {
        Speculation<String, String> speculation = new Speculation<>(input -> input.toUpperCase(java.util.Locale.ROOT));

        speculation.start("round one");
        speculation.start("round two");

        assertThat(speculation.get("round two")).isEqualTo("ROUND TWO");
        assertThat(speculation.lastWasAhead()).isTrue();
        assertThat(speculation.get("round one")).isEqualTo("ROUND ONE");
        assertThat(speculation.lastWasAhead()).isFalse();
    }

    /**
     * The background work is held until the test releases it, so get() can finish only by waiting for it: the result
     * comes from the background thread, computed once. No clock is involved.
     */
    @Test
    void getWaitsForTheBackgroundComputation() {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        Speculation<String, String> speculation = new Speculation<>(input -> {
            runs.incrementAndGet();
            started.countDown();
            await(release);
            return "done on " + Thread.currentThread().getName();
        });
        speculation.start("model");
        await(started);

        CompletableFuture<String> result = CompletableFuture.supplyAsync(() -> speculation.get("model"));
        assertThat(result).as("the background work is held").isNotDone();
        release.countDown();

        assertThat(result.join()).isEqualTo("done on modeldoc-outputs");
        assertThat(runs).as("computed once, ahead").hasValue(1);
        assertThat(speculation.lastWasAhead()).isTrue();
    }

    @Test
    void aBackgroundFailureReachesTheCallerAsItself() {
        IllegalStateException fault = new IllegalStateException("renderer broke");
        Speculation<String, String> speculation = new Speculation<>(input -> {
            throw fault;
        });

        speculation.start("model");

        assertThatThrownBy(() -> speculation.get("model")).isSameAs(fault);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
