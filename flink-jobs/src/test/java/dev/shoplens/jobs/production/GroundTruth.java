package dev.shoplens.jobs.production;

import dev.shoplens.event.Decoded;
import dev.shoplens.event.EventCodec;
import dev.shoplens.event.EventFeed;
import dev.shoplens.event.EventLimits;
import dev.shoplens.event.EventType;
import dev.shoplens.event.ShopEvent;
import dev.shoplens.store.ClickHouseSettings;
import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.store.StoreSettings;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each customer's lifetime totals (orders, revenue in cents) as the input says they must be and as a store holds
 * them: what the recovery, upgrade and cluster tests compare, since lost or replayed keyed state shows there first.
 */
public final class GroundTruth {

    private GroundTruth() {}

    public static Map<String, List<Long>> storedTotals(StoreSettings store) throws SQLException {
        String sql = "SELECT customer_id, total_orders, total_revenue FROM customer_features"
                + (store instanceof ClickHouseSettings ? " FINAL" : "");
        Map<String, List<Long>> totals = new HashMap<>();
        try (Connection c = store instanceof ClickHouseSettings ch ? ch.connect() : ((DuckDbSettings) store).connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                totals.put(rs.getString(1), List.of(rs.getLong(2), Math.round(rs.getDouble(3) * 100)));
            }
        }
        return totals;
    }

    public static Map<String, List<Long>> expectedTotals(List<ShopEvent> truth) {
        Map<String, long[]> sums = new HashMap<>();
        for (ShopEvent e : truth) {
            if (e.customerId() == null || e.type() == EventType.STOCK) {
                continue;
            }
            long[] sum = sums.computeIfAbsent(e.customerId(), id -> new long[1]);
            if (e.type() == EventType.PURCHASE) {
                sum[0]++;
            }
        }
        Map<String, Double> spend = new HashMap<>();
        truth.stream()
                .filter(e -> e.type() == EventType.PURCHASE)
                .forEach(e -> spend.merge(e.customerId(), e.linesAmount(), Double::sum));
        Map<String, List<Long>> totals = new HashMap<>();
        sums.forEach((id, sum) -> totals.put(id, List.of(sum[0], Math.round(spend.getOrDefault(id, 0.0) * 100))));
        return totals;
    }

    public static List<ShopEvent> decode(EventFeed feed) {
        EventCodec codec = new EventCodec(EventLimits.DEFAULTS);
        List<ShopEvent> events = new ArrayList<>();
        feed.open()
                .forEachRemaining(
                        r -> events.add(((Decoded.Accepted) codec.decode(r.payload(), Instant.now())).event()));
        return events;
    }
}
