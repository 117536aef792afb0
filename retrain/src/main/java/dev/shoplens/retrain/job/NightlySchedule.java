package dev.shoplens.retrain.job;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the retrain once a night of the shop's own time: when the newest event the store holds has passed the
 * configured time of day (UTC), and then every {@code every} of event time after it. Event time rather than the
 * wall clock, so a shop replayed or simulated faster than real time gets its nights when its data does, and a
 * store that is behind is not retrained on a day it does not hold yet. Nights missed while the store leapt ahead
 * are not caught up one by one: one run covers them.
 */
public final class NightlySchedule implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NightlySchedule.class);

    /**
     * @param at the time of day (UTC, event time) a night's retrain is due
     * @param every event time between two retrains (a day; the demo may shorten it)
     * @param poll how often (wall clock) the store's newest event is looked at
     * @param notBefore no retrain is due before this event time (the demo: when its shop went live, not during the
     *     replay of its history)
     */
    public record Settings(LocalTime at, Duration every, Duration poll, Instant notBefore) {

        public Settings {
            if (at == null || notBefore == null) {
                throw new IllegalArgumentException("the time of day and the first possible night must be set");
            }
            if (every == null || every.compareTo(Duration.ofMinutes(1)) < 0) {
                throw new IllegalArgumentException("retrains must be at least a minute of event time apart");
            }
            if (poll == null || poll.isNegative() || poll.isZero()) {
                throw new IllegalArgumentException("the poll interval must be positive");
            }
        }
    }

    private final Settings settings;
    private Instant next;
    private ScheduledExecutorService executor;

    NightlySchedule(Settings settings) {
        this.settings = settings;
        this.next = firstAtOrAfter(settings.notBefore(), settings.at());
    }

    /** Starts polling on a thread of its own; {@code night} runs there, one at a time. */
    public static NightlySchedule start(Settings settings, Supplier<Instant> newestEvent, Runnable night) {
        NightlySchedule schedule = new NightlySchedule(settings);
        schedule.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "shoplens-nightly-retrain");
            t.setDaemon(true);
            return t;
        });
        long pollMillis = settings.poll().toMillis();
        schedule.executor.scheduleWithFixedDelay(
                () -> schedule.poll(newestEvent, night), pollMillis, pollMillis, TimeUnit.MILLISECONDS);
        return schedule;
    }

    private void poll(Supplier<Instant> newestEvent, Runnable night) {
        try {
            Instant newest = newestEvent.get();
            if (newest != null && due(newest)) {
                LOG.info("the shop's night has come (event time {}): retraining", newest);
                night.run();
            }
        } catch (RuntimeException e) {
            // A failing poll must not end the schedule: the next poll tries again.
            LOG.warn("nightly retrain poll failed", e);
        }
    }

    /** Whether a retrain is due at {@code newest}; if so, the next one moves past it. */
    boolean due(Instant newest) {
        if (newest.isBefore(next)) {
            return false;
        }
        while (!next.isAfter(newest)) {
            next = next.plus(settings.every());
        }
        return true;
    }

    Instant next() {
        return next;
    }

    /** The first instant at or after {@code from} whose UTC time of day is {@code at}. */
    static Instant firstAtOrAfter(Instant from, LocalTime at) {
        Instant candidate = from.atOffset(ZoneOffset.UTC).with(at).toInstant();
        return candidate.isBefore(from) ? candidate.plus(Duration.ofDays(1)) : candidate;
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
