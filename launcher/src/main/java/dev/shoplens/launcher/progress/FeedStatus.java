package dev.shoplens.launcher.progress;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How far a feed has been read, as a person reads it: {@code 1,234,567 of 2,000,000 events (61%), 52,300 events/s,
 * event time 2011-06-03, about 15 s left}. Once every event is read the job still has its end-of-input work to do
 * (the drain: closing days and windows, the last model fits), and the status says so rather than standing at 100%.
 *
 * @param read events read so far
 * @param total the events the feed holds; {@link CountedFeed#UNKNOWN} where that was not counted beforehand
 * @param perSecond events read per second since reading began; NaN while too early to tell
 * @param eventTime the event time of the latest event read; null before the first, or where it has none
 * @param finishing how long since the last event was read; null while events remain
 * @param leftByEventTime the time the rest of the feed's event time would take at the pace so far; null where the
 *     feed's end is not known or it is too early to tell
 */
record FeedStatus(
        long read, long total, double perSecond, Instant eventTime, Duration finishing, Duration leftByEventTime) {

    /** A rate over less than this would mostly measure the job's start. */
    static final Duration RATE_AFTER = Duration.ofSeconds(1);

    String text() {
        if (finishing != null) {
            return String.format(
                    Locale.ROOT, "all %,d events read; finishing... %s", read, Progress.duration(finishing));
        }
        if (read == 0) {
            return isTotalKnown() ? String.format(Locale.ROOT, "starting; %,d events to read", total) : "starting";
        }
        List<String> parts = new ArrayList<>();
        parts.add(
                isTotalKnown()
                        ? String.format(Locale.ROOT, "%,d of %,d events (%d%%)", read, total, percent())
                        : String.format(Locale.ROOT, "%,d events", read));
        if (perSecond > 0) {
            parts.add(String.format(Locale.ROOT, "%,d events/s", Math.round(perSecond)));
        }
        if (eventTime != null) {
            parts.add("event time " + LocalDate.ofInstant(eventTime, ZoneOffset.UTC));
        }
        left().ifPresent(left -> parts.add("about " + Progress.duration(left) + " left"));
        return String.join(", ", parts);
    }

    boolean isTotalKnown() {
        return total != CountedFeed.UNKNOWN;
    }

    /** Rounded down: 100% only once every event is read. */
    int percent() {
        return total <= 0 ? 100 : (int) Math.min(100, read * 100 / total);
    }

    /**
     * The time the rest would take at the rate so far, rounded up to a second: the longer of the events left at the
     * events' rate and the event time left at its pace.
     */
    Optional<Duration> left() {
        if (!isTotalKnown() || !(perSecond > 0) || read >= total) {
            return Optional.empty();
        }
        double seconds = (total - read) / perSecond;
        if (leftByEventTime != null) {
            seconds = Math.max(seconds, leftByEventTime.toMillis() / 1000.0);
        }
        return Optional.of(Duration.ofSeconds((long) Math.ceil(seconds)));
    }

    /** Events per second between two readings; NaN when they are less than {@link #RATE_AFTER} apart. */
    static double perSecond(long readBefore, Instant before, long readNow, Instant now) {
        Duration between = Duration.between(before, now);
        if (between.compareTo(RATE_AFTER) < 0) {
            return Double.NaN;
        }
        return (readNow - readBefore) / (between.toNanos() / 1e9);
    }
}
