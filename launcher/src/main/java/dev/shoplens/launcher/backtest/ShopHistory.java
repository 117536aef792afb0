package dev.shoplens.launcher.backtest;

import dev.shoplens.event.Decoded;
import dev.shoplens.event.EventCodec;
import dev.shoplens.event.EventFeed;
import dev.shoplens.event.EventLimits;
import dev.shoplens.event.EventType;
import dev.shoplens.event.OrderLine;
import dev.shoplens.event.RawEvent;
import dev.shoplens.event.ShopEvent;
import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.jobs.customers.CustomerHistory;
import dev.shoplens.jobs.products.ProductActivity;
import dev.shoplens.jobs.source.UntilTimeFeed;
import dev.shoplens.models.recommend.PurchaseLog;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The shop's history as a backtest needs it, read once through the job's own decoder, with the job's own customer
 * history and product activity: each customer's features as of the cutoff and their distinct orders before it
 * (for the baselines), and what really happened in the horizon (orders, spend, units per product and day).
 * Rejected and duplicate events are skipped, as the job skips them.
 */
final class ShopHistory {

    /** A customer's distinct orders (order id, first time seen) before the cutoff. */
    record Orders(List<Long> times) {
        int count() {
            return times.size();
        }

        long first() {
            return times.get(0);
        }

        long last() {
            return times.get(times.size() - 1);
        }

        /** The orders strictly before {@code time}. */
        Orders before(long time) {
            return new Orders(times.stream().filter(t -> t < time).toList());
        }

        /** The number of orders in [from, to). */
        int between(long from, long to) {
            return (int) times.stream().filter(t -> t >= from && t < to).count();
        }
    }

    /** What a customer did in the horizon: distinct orders and their spend. */
    record Outcome(int orders, double revenue) {
        static final Outcome NONE = new Outcome(0, 0);
    }

    private final BacktestSplit split;
    private final Map<String, CustomerHistory> customers = new TreeMap<>();
    private final Map<String, Map<String, Long>> calibrationOrders = new HashMap<>();
    private final Map<String, Set<String>> horizonOrders = new HashMap<>();
    private final Map<String, Double> horizonRevenue = new HashMap<>();
    private final Map<String, TreeMap<LocalDate, Double>> calibrationUnits = new TreeMap<>();
    private final Map<String, TreeMap<LocalDate, Double>> horizonUnits = new TreeMap<>();
    private final PurchaseLog purchases = new PurchaseLog();
    private final Map<String, Set<String>> horizonProducts = new HashMap<>();
    private long accepted;
    private long skipped;
    private long calibrationFeedEvents;
    private boolean calibrationFeedEnded;
    private Instant lastEvent;

    private ShopHistory(BacktestSplit split) {
        this.split = split;
    }

    static ShopHistory read(EventFeed feed, BacktestSplit split) {
        ShopHistory history = new ShopHistory(split);
        EventCodec codec = new EventCodec(EventLimits.DEFAULTS);
        Set<String> seen = new HashSet<>();
        Instant now = Instant.now();
        UntilTimeFeed calibrationFeed = split.calibrationFeed(feed);
        for (Iterator<RawEvent> it = feed.open(); it.hasNext(); ) {
            RawEvent raw = it.next();
            history.countForCalibrationFeed(calibrationFeed, raw);
            if (raw.importProblem() == null
                    && codec.decode(raw.payload(), now) instanceof Decoded.Accepted a
                    && seen.add(a.event().eventId())) {
                history.add(a.event());
            } else {
                history.skipped++;
            }
        }
        return history;
    }

    /** Counts the events the calibration's feed reads, as this pass reads them all anyway. */
    private void countForCalibrationFeed(UntilTimeFeed calibrationFeed, RawEvent raw) {
        if (!calibrationFeedEnded && calibrationFeed.endsAt(raw)) {
            calibrationFeedEnded = true;
        }
        if (!calibrationFeedEnded) {
            calibrationFeedEvents++;
        }
    }

    private void add(ShopEvent e) {
        accepted++;
        lastEvent = lastEvent == null || e.time().isAfter(lastEvent) ? e.time() : lastEvent;
        if (split.isCalibration(e.time())) {
            addToCalibration(e);
        } else if (split.isHorizon(e.time())) {
            addToHorizon(e);
        }
    }

    private void addToCalibration(ShopEvent e) {
        if (CustomerHistory.concernsCustomer(e)) {
            customers
                    .computeIfAbsent(e.customerId(), id -> new CustomerHistory())
                    .apply(e);
            if (e.type() == EventType.PURCHASE) {
                calibrationOrders
                        .computeIfAbsent(e.customerId(), id -> new HashMap<>())
                        .merge(orderKey(e), e.time().toEpochMilli(), Math::min);
                for (OrderLine line : e.lines()) {
                    purchases.add(
                            e.customerId(),
                            orderKey(e),
                            line.productId(),
                            e.time().toEpochMilli());
                }
            }
        }
        addUnits(calibrationUnits, e);
    }

    private void addToHorizon(ShopEvent e) {
        if (e.type() == EventType.PURCHASE && e.customerId() != null) {
            if (horizonOrders
                    .computeIfAbsent(e.customerId(), id -> new HashSet<>())
                    .add(orderKey(e))) {
                horizonRevenue.merge(e.customerId(), e.linesAmount(), Double::sum);
            }
            Set<String> bought = horizonProducts.computeIfAbsent(e.customerId(), id -> new HashSet<>());
            e.lines().forEach(line -> bought.add(line.productId()));
        }
        addUnits(horizonUnits, e);
    }

    private static String orderKey(ShopEvent e) {
        return e.orderId() != null ? e.orderId() : e.eventId();
    }

    /** Units sold net of returns, per product and day, as the job's product days count them. */
    private static void addUnits(Map<String, TreeMap<LocalDate, Double>> units, ShopEvent e) {
        for (ProductActivity a : ProductActivity.of(e)) {
            double signed =
                    switch (a.kind()) {
                        case SOLD -> a.units();
                        case RETURNED -> -a.units();
                        default -> 0;
                    };
            if (signed != 0 && a.productId() != null) {
                units.computeIfAbsent(a.productId(), p -> new TreeMap<>())
                        .merge(LocalDate.ofInstant(a.time(), ZoneOffset.UTC), signed, Double::sum);
            }
        }
    }

    /** Every customer seen before the cutoff, by id. */
    List<String> customerIds() {
        return new ArrayList<>(customers.keySet());
    }

    /** A customer's features as of the cutoff: recency and tenure grow to it, windows end at it. */
    CustomerFeatures featuresAtCutoff(String customerId) {
        return customers.get(customerId).features(customerId, split.cutoff().toEpochMilli());
    }

    /** When the customer was first seen (any event). */
    long firstSeen(String customerId) {
        return customers.get(customerId).firstSeen;
    }

    Orders orders(String customerId) {
        Map<String, Long> byOrder = calibrationOrders.getOrDefault(customerId, Map.of());
        return new Orders(byOrder.values().stream().sorted().toList());
    }

    Outcome outcome(String customerId) {
        Set<String> orders = horizonOrders.get(customerId);
        return orders == null ? Outcome.NONE : new Outcome(orders.size(), horizonRevenue.get(customerId));
    }

    /** The customers' purchases of the calibration period, line by line. */
    PurchaseLog purchases() {
        return purchases;
    }

    /** The products each customer bought in the horizon. */
    Map<String, Set<String>> horizonProducts() {
        return horizonProducts;
    }

    Map<String, TreeMap<LocalDate, Double>> calibrationUnits() {
        return calibrationUnits;
    }

    Map<String, TreeMap<LocalDate, Double>> horizonUnits() {
        return horizonUnits;
    }

    /**
     * Whether the input reaches the horizon's last day: only then are the predictions judged (a log that stops
     * earlier would count every later order as missing).
     */
    boolean coversHorizon() {
        return lastEvent != null && !lastEvent.isBefore(split.horizonEnd().minus(java.time.Duration.ofDays(1)));
    }

    /** How many events {@link BacktestSplit#calibrationFeed} reads from the same log. */
    long calibrationFeedEvents() {
        return calibrationFeedEvents;
    }

    long accepted() {
        return accepted;
    }

    long skipped() {
        return skipped;
    }

    Instant lastEvent() {
        return lastEvent;
    }
}
