package dev.shoplens.retrain.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
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
    void refusesNightsCloserThanAMinute() {
        assertThatThrownBy(() -> schedule(Duration.ofSeconds(10))).isInstanceOf(IllegalArgumentException.class);
    }
}
