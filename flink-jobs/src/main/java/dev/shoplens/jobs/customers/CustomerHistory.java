package dev.shoplens.jobs.customers;

import dev.shoplens.event.EventType;
import dev.shoplens.event.ShopEvent;
import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.orders.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What ShopLens remembers about one customer, and the features it derives. Lifetime totals are kept as numbers;
 * recent activity only as long as a feature window can still see it (90 days of orders, 30 days of sessions,
 * 7 days of views and cart adds), so the state of a customer stays small however long they shop.
 *
 * <p>A Flink POJO: public fields and a no-argument constructor, so that state schema can evolve.
 */
public class CustomerHistory {

    static final long DAY = 86_400_000L;

    public long firstSeen = Long.MAX_VALUE;
    public long lastSeen = Long.MIN_VALUE;
    public long firstOrderAt = -1;
    public long lastOrderAt = -1;
    public int totalOrders;
    public double totalRevenue;
    public long unitsBought;
    public long unitsReturned;
    // Declared as List, Set and Map with concrete element types: Flink serializes those itself (and can evolve them);
    // an ArrayList or HashMap field would go through Kryo, which cost most of the state's time in RocksDB.
    public Set<String> categories = new HashSet<>();
    public List<Long> orderTimes = new ArrayList<>();
    public List<Double> orderAmounts = new ArrayList<>();
    public List<Long> viewTimes = new ArrayList<>();
    public List<Long> cartAddTimes = new ArrayList<>();
    public Map<String, SessionFacts> sessions = new HashMap<>();
    /**
     * When the windows' old entries were last dropped. Every feature filters its window itself, so dropping is only
     * to keep the state small: once a day of the customer's time is enough (dropping on every event took about 4% of
     * the job's time for a shop of 100,000 customers).
     */
    public long forgottenAt = Long.MIN_VALUE;
    /**
     * Whether {@link #viewTimes} and {@link #cartAddTimes} are in time order, as {@link #orderTimes} always is: the
     * windows then count their entries by a binary search rather than a pass over every one at every event. False in
     * a history kept by a release up to 2026-12-07, which added them as they came: its first event sorts them.
     */
    public boolean timesInOrder;

    /** Adds one of the customer's events; events may come slightly out of order. */
    public void apply(ShopEvent event) {
        long t = event.time().toEpochMilli();
        firstSeen = Math.min(firstSeen, t);
        lastSeen = Math.max(lastSeen, t);
        if (event.category() != null) {
            categories.add(event.category());
        }
        SessionFacts session = session(event.sessionId(), t);
        if (!timesInOrder) {
            viewTimes.sort(null);
            cartAddTimes.sort(null);
            timesInOrder = true;
        }
        switch (event.type()) {
            case VIEW -> insertInOrder(viewTimes, t);
            case CART_ADD -> {
                insertInOrder(cartAddTimes, t);
                if (session != null) {
                    session.cartAdded = true;
                }
            }
            case PURCHASE -> addPurchase(event, t, session);
            case RETURN -> unitsReturned += event.linesUnits();
            case CART_REMOVE, STOCK -> {}
        }
        if (lastSeen >= forgottenAt + DAY) {
            forgetOlderThan(lastSeen);
            forgottenAt = lastSeen;
        }
    }

    private void addPurchase(ShopEvent event, long t, SessionFacts session) {
        totalOrders++;
        totalRevenue = Money.add(totalRevenue, event.linesAmount());
        unitsBought += event.linesUnits();
        // In time order, so that the windowed sums add the same amounts in the same order however two orders of one
        // customer arrived (floating-point sums depend on their order).
        orderAmounts.add(insertInOrder(orderTimes, t), event.linesAmount());
        firstOrderAt = firstOrderAt < 0 ? t : Math.min(firstOrderAt, t);
        lastOrderAt = Math.max(lastOrderAt, t);
        if (session != null) {
            session.purchased = true;
        }
    }

    /**
     * Inserts {@code t} after every entry not later than it; returns where. Events come nearly in order, so this is
     * an append but for the odd late one.
     */
    private static int insertInOrder(List<Long> times, long t) {
        int at = times.size();
        while (at > 0 && times.get(at - 1) > t) {
            at--;
        }
        times.add(at, t);
        return at;
    }

    private SessionFacts session(String sessionId, long t) {
        if (sessionId == null) {
            return null;
        }
        SessionFacts facts = sessions.computeIfAbsent(sessionId, id -> new SessionFacts(t));
        facts.start = Math.min(facts.start, t);
        return facts;
    }

    private void forgetOlderThan(long asOf) {
        for (int i = orderTimes.size() - 1; i >= 0; i--) {
            if (orderTimes.get(i) <= asOf - 90 * DAY) {
                orderTimes.remove(i);
                orderAmounts.remove(i);
            }
        }
        viewTimes.removeIf(t -> t <= asOf - 7 * DAY);
        cartAddTimes.removeIf(t -> t <= asOf - 7 * DAY);
        sessions.values().removeIf(s -> s.start <= asOf - 30 * DAY);
    }

    /** The features as of the newest event seen; windows are (asOf - N days, asOf]. */
    public CustomerFeatures features(String customerId) {
        return features(customerId, lastSeen);
    }

    /**
     * The features as of {@code asOf}, which must not be before the newest event applied: the windows end there and
     * recency and tenure grow with it (a silent customer's features as of a later day).
     */
    public CustomerFeatures features(String customerId, long asOf) {
        int abandoned = 0;
        int withCart = 0;
        int sessions30d = 0;
        for (SessionFacts s : sessions.values()) {
            if (s.start > asOf - 30 * DAY) {
                sessions30d++;
                withCart += s.cartAdded ? 1 : 0;
                abandoned += s.cartAdded && !s.purchased ? 1 : 0;
            }
        }
        return new CustomerFeatures(
                customerId,
                Instant.ofEpochMilli(asOf),
                Instant.ofEpochMilli(firstSeen),
                lastOrderAt < 0 ? null : Instant.ofEpochMilli(lastOrderAt),
                lastOrderAt < 0 ? null : days(asOf - lastOrderAt),
                ordersWithin(asOf, 7),
                ordersWithin(asOf, 30),
                ordersWithin(asOf, 90),
                revenueWithin(asOf, 7),
                revenueWithin(asOf, 30),
                revenueWithin(asOf, 90),
                totalOrders,
                totalRevenue,
                totalOrders == 0 ? null : totalRevenue / totalOrders,
                countWithin(viewTimes, asOf, 7),
                countWithin(cartAddTimes, asOf, 7),
                abandoned,
                withCart == 0 ? null : abandoned / (double) withCart,
                sessions30d,
                days(asOf - firstSeen),
                totalOrders < 2 ? null : days(lastOrderAt - firstOrderAt) / (totalOrders - 1),
                unitsBought == 0 ? null : unitsReturned / (double) unitsBought,
                categories.size());
    }

    private int ordersWithin(long asOf, int days) {
        return countWithin(orderTimes, asOf, days);
    }

    /** On the money grid, as the total ({@link Money}), oldest order first: the same sum however orders arrived. */
    private double revenueWithin(long asOf, int days) {
        double sum = 0;
        for (int i = firstAfter(orderTimes, asOf - days * DAY); i < orderTimes.size(); i++) {
            sum = Money.add(sum, orderAmounts.get(i));
        }
        return sum;
    }

    /** Entries in (asOf - days, asOf]: none is later than asOf (see {@link #features(String, long)}). */
    private static int countWithin(List<Long> times, long asOf, int days) {
        return times.size() - firstAfter(times, asOf - days * DAY);
    }

    /** The index of the first of the time-ordered {@code times} later than {@code cutOff}; their size if none is. */
    private static int firstAfter(List<Long> times, long cutOff) {
        int low = 0;
        int high = times.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (times.get(mid) <= cutOff) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static double days(long millis) {
        return millis / (double) DAY;
    }

    /** What one visit did: when it started, whether it put something in the cart, whether it ended in a purchase. */
    public static class SessionFacts {
        public long start;
        public boolean cartAdded;
        public boolean purchased;

        public SessionFacts() {}

        SessionFacts(long start) {
            this.start = start;
        }
    }

    /** Guests and stock levels say nothing about a known customer. */
    public static boolean concernsCustomer(ShopEvent event) {
        return event.customerId() != null && event.type() != EventType.STOCK;
    }
}
