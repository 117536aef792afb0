package dev.shoplens.launcher.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedStatusTest {

    static final Instant JUNE_3 = Instant.parse("2011-06-03T14:05:00Z");

    @Test
    void tellsCountShareRateEventTimeAndTimeLeft() {
        FeedStatus status = new FeedStatus(1_234_567, 2_000_000, 52_300, JUNE_3, null, null);

        // 765,433 left at 52,300 a second: 14.6 s, rounded up
        assertThat(status.text())
                .isEqualTo("1,234,567 of 2,000,000 events (61%), 52,300 events/s, event time 2011-06-03,"
                        + " about 15 s left");
    }

    @Test
    void sayingAllAreReadIsLeftToTheDrain() {
        assertThat(new FeedStatus(1_999_999, 2_000_000, 50_000, JUNE_3, null, null).percent())
                .isEqualTo(99);
        assertThat(new FeedStatus(2_000_000, 2_000_000, 50_000, JUNE_3, Duration.ofSeconds(7), null).text())
                .isEqualTo("all 2,000,000 events read; finishing... 7 s");
    }

    @Test
    void beforeTheFirstEventSaysItIsStarting() {
        assertThat(new FeedStatus(0, 2_000_000, Double.NaN, null, null, null).text())
                .isEqualTo("starting; 2,000,000 events to read");
        assertThat(new FeedStatus(0, CountedFeed.UNKNOWN, Double.NaN, null, null, null).text())
                .isEqualTo("starting");
    }

    @Test
    void leavesOutWhatItCannotTellYet() {
        assertThat(new FeedStatus(5_000, 2_000_000, Double.NaN, null, null, null).text())
                .isEqualTo("5,000 of 2,000,000 events (0%)");
        assertThat(new FeedStatus(5_000, CountedFeed.UNKNOWN, 2_500, JUNE_3, null, null).text())
                .isEqualTo("5,000 events, 2,500 events/s, event time 2011-06-03");
    }

    @Test
    void theRateNeedsASecondBetweenItsReadings() {
        Instant t = JUNE_3;
        assertThat(FeedStatus.perSecond(1_000, t, 3_000, t.plusMillis(999))).isNaN();
        assertThat(FeedStatus.perSecond(1_000, t, 6_000, t.plusSeconds(2))).isEqualTo(2_500.0);
    }
}
