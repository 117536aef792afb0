package dev.shoplens.dashboard.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    /** The demo's shop runs at 60x: 1,328 s of shop time behind is 22 s of a person's wait. */
    @Test
    void withAFasterShopClockSaysTheLagAPersonWaits() {
        FreshnessBadge badge = new FreshnessBadge();

        badge.show(new Freshness(NEWEST, NEWEST.minusSeconds(1_328), NEWEST, 1_328.0, 2.4), 60);

        assertThat(badge.getText())
                .isEqualTo("as of 2026-03-02 09:55:02 UTC, 22 s behind (the shop's clock runs 60\u00d7 real time)");
        badge.show(new Freshness(NEWEST, NEWEST.minusSeconds(70), NEWEST, 70.0, 2.4), 1);
        assertThat(badge.getText()).as("a real shop's clock").isEqualTo("as of 2026-03-02 10:16:00 UTC, 70 s behind");
    }

    @Test
    void theSpeedMustBePositive() {
        assertThatThrownBy(() -> new ShopClockSpeed(0)).hasMessageContaining("shoplens.dashboard.shop-clock-speed");
        assertThat(ShopClockSpeed.current()).as("outside a session").isEqualTo(1);
    }
}
