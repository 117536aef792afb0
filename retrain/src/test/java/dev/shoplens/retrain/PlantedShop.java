package dev.shoplens.retrain;

import dev.shoplens.activity.EventCount;
import dev.shoplens.features.CustomerDay;
import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.orders.OrderRow;
import dev.shoplens.retrain.sequences.DailyActivity;
import dev.shoplens.retrain.sequences.StoredCustomer;
import dev.shoplens.retrain.sequences.StoredShop;
import dev.shoplens.store.write.ResultWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Customer histories with two patterns planted in them: half the customers buy like clockwork (every 8 to 20 days),
 * the other half at random times at about the same rate, but browse before they buy (product views on each of the 5
 * days before a purchase, items added to the cart on the last 2). Whether a clockwork customer buys within the next 7
 * days follows from their last orders; for the others their orders say nothing (the times are memoryless) and only
 * the views and cart adds of the last days tell. Everyone also views a product now and then (one day in ten) without
 * buying, so a view alone is not the sign. A model that learns both patterns ranks both halves' next week well.
 */
public final class PlantedShop {

    public static final Instant DAY0 = Instant.parse("2026-01-01T00:00:00Z");

    private PlantedShop() {}

    public static Instant day(int d) {
        return DAY0.plus(Duration.ofDays(d));
    }

    /** {@code customers} customers seen from day 0 to 20, with orders up to {@code days} days, ids prefixed. */
    public static StoredShop shop(String prefix, int customers, int days, long seed) {
        Random random = new Random(seed);
        List<StoredCustomer> result = new ArrayList<>();
        for (int i = 0; i < customers; i++) {
            String id = prefix + i;
            Instant firstSeen = DAY0.plus(Duration.ofHours(random.nextInt(20 * 24)));
            boolean browses = i % 2 == 1;
            List<OrderRow> orders =
                    browses ? atRandom(id, firstSeen, days, random) : clockwork(id, firstSeen, days, random);
            result.add(new StoredCustomer(id, firstSeen, orders, activity(firstSeen, orders, browses, days, random)));
        }
        return new StoredShop(result, day(days));
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

    /** Whether customer {@code id} of a planted shop is one who browses before buying at random times. */
    public static boolean browses(String id) {
        return Integer.parseInt(id.replaceAll("\\D", "")) % 2 == 1;
    }

    /**
     * Daily views and cart adds from the first visit to the day before {@code days}: the background view one day in
     * ten, and for a customer who browses, views on each of the 5 days before each purchase and cart adds on the 2.
     */
    private static List<DailyActivity> activity(
            Instant firstSeen, List<OrderRow> orders, boolean browses, int days, Random random) {
        int first = (int) Duration.between(DAY0, firstSeen).toDays();
        int[] views = new int[days];
        int[] carts = new int[days];
        for (int d = first; d < days; d++) {
            views[d] = random.nextInt(10) == 0 ? 1 : 0;
        }
        if (browses) {
            for (OrderRow order : orders) {
                int bought = (int) Duration.between(DAY0, order.time()).toDays();
                for (int d = Math.max(first, bought - 5); d < Math.min(bought, days); d++) {
                    views[d] += 2 + random.nextInt(4);
                    carts[d] += bought - d <= 2 ? 1 : 0;
                }
            }
        }
        List<DailyActivity> activity = new ArrayList<>();
        for (int d = first; d < days; d++) {
            if (views[d] > 0 || carts[d] > 0) {
                activity.add(new DailyActivity(LocalDate.ofInstant(day(d), ZoneOffset.UTC), views[d], carts[d]));
            }
        }
        return activity;
    }

    /**
     * Writes the shop into a store as the feature job would: first-seen times, orders, each customer's days of views
     * and cart adds, the newest event.
     */
    public static void write(StoredShop shop, ResultWriter writer) {
        List<CustomerFeatures> seen = new ArrayList<>();
        List<OrderRow> orders = new ArrayList<>();
        List<CustomerDay> days = new ArrayList<>();
        for (StoredCustomer c : shop.customers()) {
            seen.add(seen(c.customerId(), c.firstSeen(), shop.newestEvent()));
            orders.addAll(c.orders());
            for (DailyActivity d : c.days()) {
                Instant end = d.day().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
                days.add(new CustomerDay(
                        c.customerId(), d.day(), d.views(), d.cartAdds(), 0, 0, 0, end.minusSeconds(1)));
            }
        }
        writer.writeCustomerFeatures(seen);
        writer.writeOrders(orders);
        writer.writeCustomerDays(days);
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
