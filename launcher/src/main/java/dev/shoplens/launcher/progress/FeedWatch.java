package dev.shoplens.launcher.progress;

import dev.shoplens.event.EventTimePeek;
import dev.shoplens.event.RawEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shows how far a {@link CountedFeed} has been read while something (a Flink job, a loop) reads it: a ticker thread
 * looks every {@link #TICK} and hands the status to a {@link Progress}, which decides what is printed. Closing it
 * stops the ticker, prints how many events took how long, and releases the feed's count.
 */
public final class FeedWatch implements AutoCloseable {

    static final Duration TICK = Duration.ofMillis(500);

    private final CountedFeed feed;
    private final Progress progress;
    private final String prefix;
    private ScheduledExecutorService ticker;
    private Instant firstSeen;
    private long readWhenFirstSeen;
    private Instant eventTimeWhenFirstSeen;
    private Instant allReadAt;

    FeedWatch(CountedFeed feed, Progress progress, String doing) {
        this.feed = feed;
        this.progress = progress;
        this.prefix = doing == null ? "" : doing + ": ";
    }

    /** Watches {@code feed} until closed; {@code doing} (may be null) leads each status, e.g. "feature job". */
    public static FeedWatch start(CountedFeed feed, Progress progress, String doing) {
        FeedWatch watch = new FeedWatch(feed, progress, doing);
        watch.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "shoplens-progress");
            t.setDaemon(true); // the progress never keeps the command alive
            return t;
        });
        watch.ticker.scheduleAtFixedRate(watch::tick, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
        return watch;
    }

    synchronized void tick() {
        progress.show(prefix + status(progress.clock().instant()).text());
    }

    /** The status at {@code now}: the rate counts from the first look that saw an event, leaving start-up out. */
    synchronized FeedStatus status(Instant now) {
        long read = feed.read();
        long total = feed.total();
        Instant eventTime = eventTime(feed.latest());
        if (firstSeen == null && read > 0) {
            firstSeen = now;
            readWhenFirstSeen = read;
            eventTimeWhenFirstSeen = eventTime;
        }
        boolean allRead = total != CountedFeed.UNKNOWN && read >= total && total > 0;
        if (allRead && allReadAt == null) {
            allReadAt = now;
        }
        double perSecond =
                firstSeen == null ? Double.NaN : FeedStatus.perSecond(readWhenFirstSeen, firstSeen, read, now);
        return new FeedStatus(
                read,
                total,
                perSecond,
                eventTime,
                allRead ? Duration.between(allReadAt, now) : null,
                firstSeen == null ? null : leftByEventTime(Duration.between(firstSeen, now), eventTime));
    }

    /**
     * The time the rest of the feed's event time would take at the pace so far: a log with few events over many
     * days (every customer's midnights to run) is mostly ahead when most of its events are read.
     */
    private Duration leftByEventTime(Duration elapsed, Instant eventTime) {
        Instant end = feed.newest();
        if (end == null
                || eventTime == null
                || eventTimeWhenFirstSeen == null
                || !eventTime.isAfter(eventTimeWhenFirstSeen)
                || elapsed.compareTo(FeedStatus.RATE_AFTER) < 0) {
            return null;
        }
        double covered = Duration.between(eventTimeWhenFirstSeen, eventTime).toMillis();
        double ahead = Math.max(0, Duration.between(eventTime, end).toMillis());
        return Duration.ofMillis(Math.round(elapsed.toMillis() * ahead / covered));
    }

    private static Instant eventTime(RawEvent event) {
        if (event == null) {
            return null;
        }
        long millis = EventTimePeek.timeOf(event.payload());
        return millis == Long.MIN_VALUE ? null : Instant.ofEpochMilli(millis);
    }

    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
            try {
                ticker.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            progress.done(prefix
                    + String.format(
                            Locale.ROOT, "%,d events in %s", feed.read(), Progress.duration(progress.elapsed())));
        }
        feed.release();
    }
}
