package dev.shoplens.retrain;

import dev.shoplens.orders.OrderRow;
import dev.shoplens.retrain.sequences.CustomerHistory;
import dev.shoplens.retrain.sequences.ShopHistory;
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

    private static void add(List<OrderRow> orders, String id, Instant time, Random random) {
        String event = id + "-" + orders.size();
        orders.add(new OrderRow(event, event, id, time, "purchase", 1, 20 + random.nextInt(60)));
    }
}
