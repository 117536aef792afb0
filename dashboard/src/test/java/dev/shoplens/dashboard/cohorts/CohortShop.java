package dev.shoplens.dashboard.cohorts;

import dev.shoplens.activity.IngestProgress;
import dev.shoplens.dashboard.TestShop;
import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.orders.OrderRow;
import dev.shoplens.scores.CustomerScore;
import dev.shoplens.scores.SegmentFlow;
import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.store.write.ResultWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A store with two cohorts. January 2026: 4 customers (j0-j3) each spending 25; 2 of them (j0, j1) buy again in
 * February for 10 each, 1 (j0) in March for 40. February 2026: 2 customers (f0, f1) for 50 each, neither back yet.
 * The newest event is in March 2026. Segments: j0 and j1 are "frequent, high spend" (1), the other four "one-off"
 * (2); on 20 February five customers were first segmented one-off and one frequent, on 10 March one moved from
 * one-off to frequent.
 */
final class CohortShop {

    static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");

    static final String FREQUENT = "frequent, high spend";
    static final String ONE_OFF = "one-off";

    private CohortShop() {}

    /** A customer as the features hold them: last order, orders and spend (all of it within 90 days). */
    static CustomerFeatures features(String id, Instant lastOrder, int orders, double spent) {
        double daysSince = Duration.between(lastOrder, NOW).toHours() / 24.0;
        return new CustomerFeatures(
                id,
                NOW,
                lastOrder,
                lastOrder,
                daysSince,
                0,
                0,
                orders,
                0.0,
                0.0,
                spent,
                orders,
                spent,
                spent / orders,
                2,
                1,
                0,
                0.0,
                2,
                90.0,
                null,
                0.0,
                1);
    }

    static CustomerScore segmented(String id, int segment, String name) {
        return new CustomerScore(id, NOW, 0.5, 1, 0.5, 1, 1.0, 30.0, null, 1, segment, name, 1, null, null, null);
    }

    static DuckDbSettings create() {
        Instant jan = Instant.parse("2026-01-15T10:00:00Z");
        Instant feb = Instant.parse("2026-02-15T10:00:00Z");
        Instant mar = Instant.parse("2026-03-15T10:00:00Z");
        List<OrderRow> orders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            orders.add(TestShop.purchase("j" + i, "j" + i, jan, 25.0));
        }
        orders.add(TestShop.purchase("j0-feb", "j0", feb, 10.0));
        orders.add(TestShop.purchase("j1-feb", "j1", feb, 10.0));
        orders.add(TestShop.purchase("j0-mar", "j0", mar, 40.0));
        orders.add(TestShop.purchase("f0", "f0", feb, 50.0));
        orders.add(TestShop.purchase("f1", "f1", feb, 50.0));
        DuckDbSettings store = TestShop.emptyStore();
        try (ResultWriter writer = store.openWriter()) {
            writer.writeOrders(orders);
            writer.writeCustomerFeatures(List.of(
                    features("j0", mar, 3, 75.0),
                    features("j1", feb, 2, 35.0),
                    features("j2", jan, 1, 25.0),
                    features("j3", jan, 1, 25.0),
                    features("f0", feb, 1, 50.0),
                    features("f1", feb, 1, 50.0)));
            writer.writeCustomerScores(List.of(
                    segmented("j0", 1, FREQUENT),
                    segmented("j1", 1, FREQUENT),
                    segmented("j2", 2, ONE_OFF),
                    segmented("j3", 2, ONE_OFF),
                    segmented("f0", 2, ONE_OFF),
                    segmented("f1", 2, ONE_OFF)));
            writer.writeSegmentFlows(List.of(
                    new SegmentFlow(LocalDate.of(2026, 2, 20), -1, 2, ONE_OFF, 5),
                    new SegmentFlow(LocalDate.of(2026, 2, 20), -1, 1, FREQUENT, 1),
                    new SegmentFlow(LocalDate.of(2026, 3, 10), 2, 1, FREQUENT, 1),
                    new SegmentFlow(LocalDate.of(2026, 3, 10), 2, 2, ONE_OFF, 4),
                    new SegmentFlow(LocalDate.of(2026, 3, 10), 1, 1, FREQUENT, 1)));
            writer.writeIngestProgress(List.of(new IngestProgress("validate-0", NOW, 11, NOW)));
        }
        return store;
    }
}
