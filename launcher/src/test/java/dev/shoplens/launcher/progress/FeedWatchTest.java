package dev.shoplens.launcher.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.event.EventFeed;
import dev.shoplens.event.RawEvent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The watch driven by hand: no ticker thread, a clock that moves when told. */
class FeedWatchTest {

    private final SteppedClock clock = new SteppedClock();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Progress progress =
            new Progress("import", new PrintStream(bytes, true, StandardCharsets.UTF_8), false, clock);

    /** {@code n} events an hour apart from 2026-01-01, whose iterators count how often they are closed. */
    private record HourlyFeed(int n, AtomicInteger closed) implements EventFeed {

        @Override
        public Iterator<RawEvent> open() {
            Iterator<RawEvent> events = IntStream.range(0, n)
                    .mapToObj(i -> RawEvent.of(
                            "{\"eventId\":\"e" + i
                                    + "\",\"time\":\"2026-01-01T00:00:00Z\"}"
                                            .replace("01T00", String.format("%02dT%02d", 1 + i / 24, i % 24)),
                            "test:" + i))
                    .iterator();
            return new Closing(events, closed);
        }

        @Override
        public long count() {
            throw new AssertionError("the count was given: the feed is not read to count it");
        }
    }

    private record Closing(Iterator<RawEvent> events, AtomicInteger closed)
            implements Iterator<RawEvent>, AutoCloseable {
        @Override
        public boolean hasNext() {
            return events.hasNext();
        }

        @Override
        public RawEvent next() {
            return events.next();
        }

        @Override
        public void close() {
            closed.incrementAndGet();
        }
    }

    private static void read(Iterator<RawEvent> events, int n) {
        for (int i = 0; i < n; i++) {
            events.next();
        }
    }

    @Test
    void tellsHowFarTheFeedIsReadAtTheRateSinceReadingBegan() throws Exception {
        CountedFeed feed = CountedFeed.of(new HourlyFeed(100, new AtomicInteger()), 100);
        FeedWatch watch = new FeedWatch(feed, progress, null);
        assertThat(watch.status(clock.instant()).text()).isEqualTo("starting; 100 events to read");

        Iterator<RawEvent> events = feed.open();
        clock.advance(Duration.ofSeconds(3)); // the job's start: left out of the rate
        read(events, 10);
        watch.status(clock.instant());
        clock.advance(Duration.ofSeconds(2));
        read(events, 40);

        // 40 events in 2 s since the first look that saw any; the 50th event is at 2026-01-03T01:00
        assertThat(watch.status(clock.instant()).text())
                .isEqualTo("50 of 100 events (50%), 20 events/s, event time 2026-01-03, about 3 s left");
    }

    @Test
    void aFeedWhoseEventTimeIsMostlyAheadIsJudgedByItsEventTimeToo() {
        // The same 100 events, but the feed's event time runs on to the end of January (a log whose customers keep
        // their midnights after the last event in view): half the events are read, not half of the work.
        CountedFeed feed =
                CountedFeed.of(new HourlyFeed(100, new AtomicInteger()), 100, Instant.parse("2026-01-31T00:00:00Z"));
        FeedWatch watch = new FeedWatch(feed, progress, null);
        Iterator<RawEvent> events = feed.open();
        read(events, 10);
        watch.status(clock.instant()); // first seen at 2026-01-01T09:00
        clock.advance(Duration.ofSeconds(2));
        read(events, 40);

        // 40 hours of event time in 2 s; 671 hours to go (to 2026-01-31T00:00 from 2026-01-03T01:00): 33.6 s
        assertThat(watch.status(clock.instant()).text())
                .isEqualTo("50 of 100 events (50%), 20 events/s, event time 2026-01-03, about 34 s left");
    }

    @Test
    void saysWhenEveryEventIsReadAndTheJobFinishes() {
        CountedFeed feed = CountedFeed.of(new HourlyFeed(10, new AtomicInteger()), 10);
        FeedWatch watch = new FeedWatch(feed, progress, "feature job");
        read(feed.open(), 10);
        watch.status(clock.instant());
        clock.advance(Duration.ofSeconds(4));

        assertThat(watch.status(clock.instant()).text()).isEqualTo("all 10 events read; finishing... 4 s");
    }

    @Test
    void closingTellsHowManyEventsTookHowLongAndForgetsTheCount() {
        CountedFeed feed = CountedFeed.of(new HourlyFeed(10, new AtomicInteger()), 10);
        FeedWatch watch = new FeedWatch(feed, progress, "feature job");
        read(feed.open(), 10);
        clock.advance(Duration.ofSeconds(12));
        watch.tick();
        watch.close();

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
                .containsExactly(
                        "import: feature job: all 10 events read; finishing... 0 s",
                        "import: feature job: 10 events in 12 s");
        assertThat(feed.read()).isZero();
    }

    @Test
    void theCountedIteratorClosesWhatItCounts() throws Exception {
        AtomicInteger closed = new AtomicInteger();
        CountedFeed feed = CountedFeed.of(new HourlyFeed(3, closed), 3);
        Iterator<RawEvent> events = feed.open();
        read(events, 2);
        assertThat(feed.read()).isEqualTo(2);

        ((AutoCloseable) events).close();
        assertThat(closed).hasValue(1);
    }

    @Test
    void aFeedOpenedAgainCountsAfresh() {
        // as a source restored from a checkpoint does: it reads its way back to where it was
        CountedFeed feed = CountedFeed.of(new HourlyFeed(10, new AtomicInteger()), 10);
        read(feed.open(), 7);
        read(feed.open(), 3);
        assertThat(feed.read()).isEqualTo(3);
        assertThat(List.of(feed.count(), feed.total())).containsExactly(10L, 10L);
    }
}
