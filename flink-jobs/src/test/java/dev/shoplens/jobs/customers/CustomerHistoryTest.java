package dev.shoplens.jobs.customers;

import static dev.shoplens.jobs.ShopEvents.daysAfterMonday;
import static dev.shoplens.jobs.ShopEvents.line;
import static dev.shoplens.jobs.ShopEvents.purchase;
import static dev.shoplens.jobs.ShopEvents.view;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.features.CustomerFeatures;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CustomerHistoryTest {

    @Test
    void theWindowsCountOnlyTheirOwnDaysWhenOldEntriesAreDroppedOnceADay() {
        CustomerHistory history = new CustomerHistory();
        // Views every six hours over ten days, an order on day 0 and on day 95: the day's drop runs between them.
        history.apply(purchase("c1", "s0", "o1", daysAfterMonday(0), line("p1", 1, 10.0)));
        for (int quarter = 0; quarter < 40; quarter++) {
            history.apply(view("c1", "s" + quarter, "p1", "toys", daysAfterMonday(quarter / 4.0)));
        }
        CustomerFeatures day9 = history.features("c1");

        assertThat(day9.views7d()).as("views in (day 2.75, day 9.75]").isEqualTo(28);
        assertThat(day9.sessions30d()).isEqualTo(40);

        history.apply(purchase("c1", "s99", "o2", daysAfterMonday(95), line("p1", 1, 20.0)));
        CustomerFeatures day95 = history.features("c1");

        assertThat(day95.views7d()).isZero();
        assertThat(day95.orders90d())
                .as("the order of day 0 is outside the 90 days")
                .isEqualTo(1);
        assertThat(day95.revenue90d()).isEqualTo(20.0);
        assertThat(day95.sessions30d()).isEqualTo(1);
        assertThat(day95.totalOrders()).isEqualTo(2);
    }

    @Test
    void windowsCountEventsThatCameOutOfOrder() {
        CustomerHistory history = new CustomerHistory();
        // Days 10, 2 (outside the 7 days of day 10), 9 and 4 (inside): the late ones go in among the others.
        history.apply(view("c1", "s1", "p1", "toys", daysAfterMonday(10)));
        history.apply(view("c1", "s2", "p1", "toys", daysAfterMonday(2)));
        history.apply(view("c1", "s3", "p1", "toys", daysAfterMonday(9)));
        history.apply(view("c1", "s4", "p1", "toys", daysAfterMonday(4)));

        assertThat(history.viewTimes).isSorted();
        assertThat(history.features("c1").views7d())
                .as("views in (day 3, day 10]")
                .isEqualTo(3);
    }

    @Test
    void aHistoryKeptByAnEarlierReleaseHasItsTimesPutInOrderAtItsNextEvent() {
        CustomerHistory kept = new CustomerHistory();
        kept.apply(view("c1", "s1", "p1", "toys", daysAfterMonday(10)));
        // As an earlier release kept them: in the order they came, and no flag saying they are in order.
        kept.viewTimes.add(0, daysAfterMonday(9.5).toEpochMilli());
        kept.viewTimes.add(0, daysAfterMonday(2).toEpochMilli());
        kept.viewTimes.add(daysAfterMonday(4).toEpochMilli());
        kept.timesInOrder = false;

        kept.apply(view("c1", "s5", "p1", "toys", daysAfterMonday(10.5)));

        assertThat(kept.viewTimes).isSorted().hasSize(5);
        assertThat(kept.features("c1").views7d())
                .as("views in (day 3.5, day 10.5]")
                .isEqualTo(4);
    }

    @Test
    void oldEntriesAreDroppedSoTheStateStaysSmall() {
        CustomerHistory history = new CustomerHistory();
        for (int hour = 0; hour < 24 * 60; hour++) {
            history.apply(
                    view("c1", "s" + hour / 12, "p1", "toys", daysAfterMonday(0).plus(Duration.ofHours(hour))));
        }

        assertThat(history.viewTimes)
                .as("at most 7 days and the day since the last drop")
                .hasSizeLessThanOrEqualTo(24 * 8);
        assertThat(history.sessions).hasSizeLessThanOrEqualTo(2 * 31);
        assertThat(history.features("c1").views7d()).isEqualTo(24 * 7);
    }
}
