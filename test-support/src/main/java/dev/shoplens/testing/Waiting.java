package dev.shoplens.testing;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The tests' one way to wait for something a running system will do: Awaitility reads a value again and again until
 * it is what the test waits for. A read that throws an exception (a service not answering yet) counts as "not yet";
 * an {@link Error} (a failed assertion: something that will not come right by waiting) ends the wait at once. When
 * the time is up it fails with what it waited for, the last value read and the last exception.
 */
public final class Waiting {

    private Waiting() {}

    /** Reads until {@code done} holds for the value read; returns that value. */
    public static <T> T until(
            String what, Duration atMost, Duration every, Callable<T> read, Predicate<? super T> done) {
        AtomicReference<T> last = new AtomicReference<>();
        AtomicReference<Exception> lastError = new AtomicReference<>();
        try {
            return Awaitility.await(what)
                    .atMost(atMost)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(every)
                    .until(
                            () -> {
                                try {
                                    T value = read.call();
                                    last.set(value);
                                    return value;
                                } catch (Exception e) {
                                    lastError.set(e);
                                    return null;
                                }
                            },
                            value -> value != null && done.test(value));
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(
                    what + ": not reached in " + atMost + "; last read: " + last.get(), lastError.get());
        }
    }

    /** Waits until {@code condition} is true. */
    public static void until(String what, Duration atMost, Duration every, Callable<Boolean> condition) {
        until(what, atMost, every, condition, Boolean.TRUE::equals);
    }
}
