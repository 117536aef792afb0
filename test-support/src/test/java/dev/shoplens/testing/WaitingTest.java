package dev.shoplens.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WaitingTest {

    static final Duration EVERY = Duration.ofMillis(1);

    @Test
    void returnsTheFirstValueThatIsDoneAndTakesAFailedReadForNotYet() {
        AtomicInteger reads = new AtomicInteger();

        int value = Waiting.until(
                "the third read",
                Duration.ofSeconds(10),
                EVERY,
                () -> {
                    if (reads.incrementAndGet() == 1) {
                        throw new IllegalStateException("not up yet");
                    }
                    return reads.get();
                },
                n -> n >= 3);

        assertThat(value).isEqualTo(3);
    }

    @Test
    void aFailedAssertionEndsTheWaitAtOnce() {
        AtomicInteger reads = new AtomicInteger();

        assertThatThrownBy(() -> Waiting.until("never", Duration.ofSeconds(10), EVERY, () -> {
                    reads.incrementAndGet();
                    throw new AssertionError("wrong status");
                }))
                .hasMessageContaining("wrong status");
        assertThat(reads).hasValue(1);
    }

    @Test
    void whenTimeIsUpItSaysWhatItWaitedForTheLastValueAndTheLastError() {
        AtomicInteger reads = new AtomicInteger();

        assertThatThrownBy(() -> Waiting.until(
                        "a value above 1,000",
                        Duration.ofMillis(50),
                        EVERY,
                        () -> {
                            if (reads.incrementAndGet() % 2 == 0) {
                                throw new IllegalStateException("flaky");
                            }
                            return 7;
                        },
                        n -> n > 1_000))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("a value above 1,000")
                .hasMessageContaining("last read: 7")
                .hasRootCauseMessage("flaky");
    }
}
