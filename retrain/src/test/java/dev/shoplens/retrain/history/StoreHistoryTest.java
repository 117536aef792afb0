package dev.shoplens.retrain.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.activity.EventCount;
import dev.shoplens.features.CustomerDay;
import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.orders.OrderRow;
import dev.shoplens.retrain.PlantedShop;
import dev.shoplens.retrain.sequences.DailyActivity;
import dev.shoplens.retrain.sequences.StoredCustomer;
import dev.shoplens.retrain.sequences.StoredShop;
import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.store.write.ResultWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreHistoryTest {

    static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dir;

    static CustomerFeatures seen(String id, Instant firstSeen) {
        return PlantedShop.seen(id, firstSeen, T);
    }

    static OrderRow order(String event, String customer, Instant time, String kind, double amount) {
        return new OrderRow(event, event, customer, time, kind, 1, amount);
    }

    /** Customer {@code id}'s day {@code daysBefore} days before T's. */
    static CustomerDay day(String id, int daysBefore, int views, int cartAdds) {
        LocalDate day = LocalDate.of(2026, 3, 1).minusDays(daysBefore);
        return new CustomerDay(
                id,
                day,
                views,
                cartAdds,
                0,
                0,
                0,
                day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    @Test
    void readsEachCustomersOrdersOldestFirstAndNothingAfterTheNightReplayed() {
        DuckDbSettings store = DuckDbSettings.inDataDir(dir);
        try (ResultWriter writer = store.openWriter()) {
            writer.writeCustomerFeatures(
                    List.of(seen("a", T.minusSeconds(86_400 * 30)), seen("b", T.minusSeconds(86_400 * 2))));
            writer.writeOrders(List.of(
                    order("e2", "a", T.minusSeconds(86_400), "return", 5),
                    order("e1", "a", T.minusSeconds(86_400 * 20), "purchase", 20),
                    order("e3", "b", T.plusSeconds(3_600), "purchase", 7),
                    order("e4", null, T, "purchase", 9)));
            writer.writeEventCounts(List.of(new EventCount(T, "view", 3, T, T.plusSeconds(7_200))));
            writer.writeCustomerDays(List.of(
                    day("a", 27, 5, 1),
                    day("a", 1, 3, 0),
                    day("b", 1, 1, 0),
                    day("b", 0, 2, 2))); // the day of T and of the newest event
            writer.writeCustomerDays(List.of(day("a", 1, 4, 1))); // written again after a replay
        }

        StoredShop all = StoreHistory.read(store);
        assertThat(all.newestEvent()).isEqualTo(T.plusSeconds(7_200));
        assertThat(all.customers()).extracting(StoredCustomer::customerId).containsExactly("a", "b");
        assertThat(all.customers().get(0).orders())
                .extracting(OrderRow::eventId)
                .containsExactly("e1", "e2");
        assertThat(all.customers().get(1).orders())
                .extracting(OrderRow::eventId)
                .containsExactly("e3");

        assertThat(all.customers().get(0).days())
                .containsExactly(
                        new DailyActivity(LocalDate.of(2026, 2, 2), 5, 1),
                        new DailyActivity(LocalDate.of(2026, 2, 28), 4, 1));
        // The newest event falls on March 1: that day is still open, so it is not read.
        assertThat(all.customers().get(1).days())
                .extracting(DailyActivity::views)
                .containsExactly(1);

        StoredShop before = StoreHistory.read(store, T);
        assertThat(before.newestEvent()).isEqualTo(T);
        assertThat(before.customers().get(1).orders()).isEmpty();
        StoredShop earlier = StoreHistory.read(store, T.minusSeconds(86_400 * 3));
        assertThat(earlier.customers()).extracting(StoredCustomer::customerId).containsExactly("a");
        assertThat(earlier.customers().get(0).days())
                .extracting(DailyActivity::views)
                .containsExactly(5);
    }
}
