package dev.shoplens.retrain;

import dev.shoplens.activity.EventCount;
import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.orders.OrderRow;
import dev.shoplens.retrain.sequences.CustomerHistory;
import dev.shoplens.retrain.sequences.ShopHistory;
import dev.shoplens.store.write.ResultWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Customer histories with a pattern planted in them: half the customers buy like clockwork (every 8 to 20 days),
 * the other half at random times at about the same rate. Whether a clockwork customer buys within the next 7 days
 * follows from their last orders; for the others it cannot be known. A model that learns the pattern ranks the
 * clockwork buyers' next week well; one that does not is no better than chance on them.
 */
public final class PlantedShop {

    public static final Instant DAY0 = Instant.parse("2026-01-01T00:00:00Z");

    private PlantedShop() {}

    public static Instant day(int d) {
        return DAY0.plus(Duration.ofDays(d));
    }

    /** {@code customers} customers seen from day 0 to 20, with orders up to {@code days} days, ids prefixed. */
    public static ShopHistory shop(String prefix, int customers, int days, long seed) {
        Random random = new Random(seed);
        List<CustomerHistory> result = new ArrayList<>();
        for (int i = 0; i < customers; i++) {
            String id = prefix + i;
            Instant firstSeen = DAY0.plus(Duration.ofHours(random.nextInt(20 * 24)));
            List<OrderRow> orders =
                    i % 2 == 0 ? clockwork(id, firstSeen, days, random) : atRandom(id, firstSeen, days, random);
            result.add(new CustomerHistory(id, firstSeen, orders));
        }
        return new ShopHistory(result, day(days));
    }

    private static List<OrderRow> clockwork(String id, Instant firstSeen, int days, Random random) {
        int period = 8 + random.nextInt(13);
        List<OrderRow> orders = new ArrayList<>();
        for (double t = random.nextDouble() * period; t < days; t += period) {
            add(orders, id, firstSeen.plus(Duration.ofMinutes((long) (t * 24 * 60))), random);
        }
        return orders;
    }

    private static List<OrderRow> atRandom(String id, Instant firstSeen, int days, Random random) {
        List<OrderRow> orders = new ArrayList<>();
        for (double t = -Math.log(1 - random.nextDouble()) * 14;
                t < days;
                t += -Math.log(1 - random.nextDouble()) * 14) {
            add(orders, id, firstSeen.plus(Duration.ofMinutes((long) (t * 24 * 60))), random);
        }
        return orders;
    }

    /** Writes the shop into a store as the feature job would: first-seen times, orders, the newest event. */
    public static void write(ShopHistory shop, ResultWriter writer) {
        List<CustomerFeatures> seen = new ArrayList<>();
        List<OrderRow> orders = new ArrayList<>();
        for (CustomerHistory c : shop.customers()) {
            seen.add(seen(c.customerId(), c.firstSeen(), shop.newestEvent()));
            orders.addAll(c.orders());
        }
        writer.writeCustomerFeatures(seen);
        writer.writeOrders(orders);
        Instant newest = shop.newestEvent();
        writer.writeEventCounts(List.of(new EventCount(newest.minusSeconds(60), "view", 1, newest, newest)));
    }

    /** A customer's features row as the retrain reads it: only the first-seen time matters. */
    public static CustomerFeatures seen(String id, Instant firstSeen, Instant asOf) {
        return new CustomerFeatures(
                id, asOf, firstSeen, null, null, 0, 0, 0, 0, 0, 0, 0, 0, null, 0, 0, 0, null, 0, 0, null, null, 0);
    }

    private static void add(List<OrderRow> orders, String id, Instant time, Random random) {
        String event = id + "-" + orders.size();
        orders.add(new OrderRow(event, event, id, time, "purchase", 1, 20 + random.nextInt(60)));
    }
}
