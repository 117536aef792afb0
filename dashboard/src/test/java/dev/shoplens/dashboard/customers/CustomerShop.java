package dev.shoplens.dashboard.customers;

import dev.shoplens.activity.IngestProgress;
import dev.shoplens.dashboard.TestShop;
import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.orders.OrderLineRow;
import dev.shoplens.orders.OrderRow;
import dev.shoplens.scores.CustomerScore;
import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.store.write.ResultWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A store of known customers. c01..c30: c01-c10 bought within the month (low risk, "loyal"), c11-c20 in the last
 * 90 days (medium, "cooling"), c21-c30 long ago (high, "lapsed, one-off"); spending grows with the number (cNN spent
 * NN × 10). n31 never bought and is not scored. c25 has two purchases and a return on record.
 */
public final class CustomerShop {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    /** As the feature job stores reasons now: without words. The other customers' are in the earlier English form. */
    static final String C25_CHURN_REASONS = "days_since_last_order=150:+1.23;sessions_30d=1:+0.41";

    private CustomerShop() {}

    public static DuckDbSettings create() {
        DuckDbSettings store = TestShop.emptyStore();
        List<CustomerFeatures> features = new ArrayList<>();
        List<CustomerScore> scores = new ArrayList<>();
        for (int n = 1; n <= 30; n++) {
            String id = String.format("c%02d", n);
            int daysAgo = n <= 10 ? 5 + n : n <= 20 ? 30 + n : 120 + n;
            features.add(features(id, daysAgo, n * 10.0));
            double churn = n <= 10 ? 0.1 : n <= 20 ? 0.45 : 0.8;
            String segment = n <= 10 ? "loyal" : n <= 20 ? "cooling" : "lapsed, one-off";
            scores.add(score(id, churn, segment));
        }
        features.add(features("n31", null, 0.0));
        try (ResultWriter writer = store.openWriter()) {
            writer.writeCustomerFeatures(features);
            writer.writeCustomerScores(scores);
            writer.writeOrders(List.of(
                    new OrderRow("e1", "o1", "c25", NOW.minus(Duration.ofDays(200)), "purchase", 2, 150.0),
                    new OrderRow("e2", "o2", "c25", NOW.minus(Duration.ofDays(145)), "purchase", 1, 120.0),
                    new OrderRow("e3", "o2", "c25", NOW.minus(Duration.ofDays(144)), "return", 1, 20.0)));
            writer.writeOrderLines(List.of(
                    new OrderLineRow("e1", "o1", 0, "lamp", NOW.minus(Duration.ofDays(200)), "purchase", 1, 100.0),
                    new OrderLineRow("e1", "o1", 1, "mug", NOW.minus(Duration.ofDays(200)), "purchase", 1, 50.0),
                    new OrderLineRow("e2", "o2", 0, "lamp", NOW.minus(Duration.ofDays(145)), "purchase", 1, 120.0)));
            writer.writeIngestProgress(List.of(new IngestProgress("validate-0", NOW, 100, NOW)));
        }
        return store;
    }

    static CustomerFeatures features(String id, Integer daysAgo, double spent) {
        Instant lastOrder = daysAgo == null ? null : NOW.minus(Duration.ofDays(daysAgo));
        int orders = daysAgo == null ? 0 : 2;
        return new CustomerFeatures(
                id,
                NOW,
                NOW.minus(Duration.ofDays(300)),
                lastOrder,
                daysAgo == null ? null : daysAgo.doubleValue(),
                0,
                0,
                0,
                0.0,
                0.0,
                0.0,
                orders,
                spent,
                orders == 0 ? null : spent / orders,
                2,
                0,
                0,
                null,
                1,
                300.0,
                null,
                0.0,
                2);
    }

    private static CustomerScore score(String id, double churn, String segment) {
        return new CustomerScore(
                id,
                NOW,
                churn,
                7,
                1 - churn,
                5,
                1.0,
                40.0,
                NOW.plus(Duration.ofDays(20)),
                3,
                segment.length(),
                segment,
                2,
                id.equals("c25") ? C25_CHURN_REASONS : "no order for 10 days: -0.2",
                "1 visit in the last 30 days: -0.1",
                id.equals("c25") ? "churn|0.61|0.80|2026-02-20|2|2|days_since_last_order=140:+0.31" : null);
    }
}
