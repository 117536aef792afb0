package dev.shoplens.dashboard.overview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.store.read.Freshness;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FreshnessBadgeTest {

    static final Instant NEWEST = Instant.parse("2026-03-02T10:17:10Z");

    @Test
    void saysHowFarTheResultsAreBehindTheNewestEvent() {
        FreshnessBadge badge = new FreshnessBadge();

        badge.show(new Freshness(NEWEST, NEWEST.minusSeconds(70), NEWEST, 70.0, 2.4));

        assertThat(badge.getText()).isEqualTo("as of 2026-03-02 10:16:00 UTC, 70 s behind");
        assertThat(badge.getElement().getAttribute("title")).contains("last written 2 s ago");
        assertThat(badge.hasClassName("waiting")).isFalse();
    }

    @Test
    void waitsForEventsThenForResults() {
        FreshnessBadge badge = new FreshnessBadge();
        assertThat(badge.getText()).isEqualTo(FreshnessBadge.WAITING_FOR_EVENTS);
        assertThat(badge.hasClassName("waiting")).isTrue();

        badge.show(new Freshness(NEWEST, null, null, null, null));
        assertThat(badge.getText()).isEqualTo(FreshnessBadge.WAITING_FOR_RESULTS);
    }

    @Test
    void marksAnUnreadableStoreAndRecovers() {
        FreshnessBadge badge = new FreshnessBadge();

        badge.showUnavailable();
        assertThat(badge.hasClassName("unavailable")).isTrue();

        badge.show(new Freshness(NEWEST, NEWEST, NEWEST, 0.0, 0.0));
        assertThat(badge.hasClassName("unavailable")).isFalse();
        assertThat(badge.getText()).endsWith(", 0 s behind");
    }
}
