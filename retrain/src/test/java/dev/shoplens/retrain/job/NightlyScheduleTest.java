package dev.shoplens.retrain.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shoplens.testing.Waiting;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class NightlyScheduleTest {

    static final Instant LIVE = Instant.parse("2026-03-10T15:20:00Z");

    static NightlySchedule schedule(Duration every) {
        return new NightlySchedule(
                new NightlySchedule.Settings(LocalTime.of(2, 30), every, Duration.ofSeconds(30), LIVE));
    }

    @Test
    void theFirstNightIsTheFirstTimeOfDayAfterTheShopWentLive() {
        NightlySchedule nightly = schedule(Duration.ofDays(1));

        assertThat(nightly.next()).isEqualTo(Instant.parse("2026-03-11T02:30:00Z"));
        assertThat(nightly.due(Instant.parse("2026-03-11T02:29:59Z"))).isFalse();
        assertThat(nightly.due(Instant.parse("2026-03-11T02:30:00Z"))).isTrue();
        assertThat(nightly.due(Instant.parse("2026-03-11T09:00:00Z"))).isFalse();
        assertThat(nightly.next()).isEqualTo(Instant.parse("2026-03-12T02:30:00Z"));
    }

    @Test
    void nightsMissedWhileTheStoreLeaptAheadMakeOneRun() {
        NightlySchedule nightly = schedule(Duration.ofDays(1));

        assertThat(nightly.due(Instant.parse("2026-03-14T05:00:00Z"))).isTrue();
        assertThat(nightly.due(Instant.parse("2026-03-14T06:00:00Z"))).isFalse();
        assertThat(nightly.next()).isEqualTo(Instant.parse("2026-03-15T02:30:00Z"));
    }

    @Test
    void theDemoMayShortenTheNight() {
        NightlySchedule nightly = schedule(Duration.ofHours(6));

        assertThat(nightly.due(Instant.parse("2026-03-11T02:30:00Z"))).isTrue();
        assertThat(nightly.due(Instant.parse("2026-03-11T08:29:00Z"))).isFalse();
        assertThat(nightly.due(Instant.parse("2026-03-11T08:30:00Z"))).isTrue();
    }

    @Test
    void theRunningScheduleRetrainsOnceWhenTheStoresNewestEventPassesTheNightAndSurvivesAFailedPoll() throws Exception {
        AtomicReference<Instant> newest = new AtomicReference<>(LIVE);
        AtomicInteger polls = new AtomicInteger();
        BlockingQueue<Instant> nights = new LinkedBlockingQueue<>();
        Supplier<Instant> store = () -> {
            polls.incrementAndGet();
            if (newest.get() == null) {
                throw new IllegalStateException("the store cannot be read");
            }
            return newest.get();
        };
        NightlySchedule.Settings settings =
                new NightlySchedule.Settings(LocalTime.of(2, 30), Duration.ofDays(1), Duration.ofMillis(5), LIVE);

        try (NightlySchedule schedule = NightlySchedule.start(settings, store, () -> nights.add(newest.get()))) {
            awaitPolls(polls, 3);
            assertThat(nights).as("the shop's day is not over").isEmpty();

            newest.set(null);
            awaitPolls(polls, 3);
            newest.set(Instant.parse("2026-03-11T02:31:00Z"));

            assertThat(nights.poll(10, TimeUnit.SECONDS)).isEqualTo(Instant.parse("2026-03-11T02:31:00Z"));
            awaitPolls(polls, 3);
            assertThat(nights).as("one retrain for the night").isEmpty();
            assertThat(schedule.next()).isEqualTo(Instant.parse("2026-03-12T02:30:00Z"));
        }
    }

    private static void awaitPolls(AtomicInteger polls, int more) {
        int target = polls.get() + more;
        Waiting.until(target + " polls", Duration.ofSeconds(10), Duration.ofMillis(2), () -> polls.get() >= target);
    }

    @Test
    void refusesNightsCloserThanAMinute() {
        assertThatThrownBy(() -> schedule(Duration.ofSeconds(10))).isInstanceOf(IllegalArgumentException.class);
    }
}
