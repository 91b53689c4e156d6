package io.modeldoc.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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

    @Test
    void getWaitsForTheBackgroundComputation() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        Speculation<String, String> speculation = new Speculation<>(input -> {
            await(release);
            return "done";
        });
        speculation.start("model");
        Thread releaser = new Thread(() -> {
            sleep(100);
            release.countDown();
        });
        releaser.start();

        assertThat(speculation.get("model")).isEqualTo("done");
        assertThat(release.getCount()).isZero();
        releaser.join();
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

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
