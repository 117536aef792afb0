package dev.shoplens.bench.pages;

import dev.shoplens.activity.EventCount;
import dev.shoplens.activity.IngestProgress;
import dev.shoplens.bench.data.SyntheticCustomers;
import dev.shoplens.event.EventType;
import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.orders.OrderRow;
import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.store.write.ResultWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fills a DuckDB store as a shop of {@code customers} customers would after {@code days} days: their features, four
 * orders and a return in ten per customer, and the per-minute event counts of a hundred events per customer spread
 * over the days (a hundred thousand customers: ten million events). Written through the store's own writer.
 */
final class PageStore {

    static final int EVENTS_PER_CUSTOMER = 100;
    static final int ORDERS_PER_CUSTOMER = 4;
    static final int BATCH = 50_000;

    private PageStore() {}

    /** The store's newest event time, from which the pages count "today" and the last hour. */
    static Instant fill(DuckDbSettings store, int customers, int days) {
        Instant end = SyntheticCustomers.AS_OF;
        Instant start = end.minus(Duration.ofDays(days));
        try (ResultWriter writer = store.openWriter()) {
            List<CustomerFeatures> features = SyntheticCustomers.features(customers, 21);
            for (int from = 0; from < features.size(); from += BATCH) {
                writer.writeCustomerFeatures(features.subList(from, Math.min(features.size(), from + BATCH)));
            }
            writeOrders(writer, customers, start, days);
            writeEventCounts(writer, (long) customers * EVENTS_PER_CUSTOMER, start, days);
            writer.writeIngestProgress(List.of(new IngestProgress("bench", end, (long) customers * 100, end)));
        }
        return end;
    }

    private static void writeOrders(ResultWriter writer, int customers, Instant start, int days) {
        SplittableRandom random = new SplittableRandom(22);
        List<OrderRow> batch = new ArrayList<>(BATCH);
        long seconds = Duration.ofDays(days).toSeconds();
        for (int c = 0; c < customers; c++) {
            for (int o = 0; o < ORDERS_PER_CUSTOMER; o++) {
                String id = "o" + c + "-" + o;
                boolean isReturn = random.nextInt(10) == 0;
                batch.add(new OrderRow(
                        id,
                        id,
                        "c" + c,
                        start.plusSeconds(random.nextLong(seconds)),
                        isReturn ? "return" : "purchase",
                        1 + random.nextInt(3),
                        5 + random.nextDouble(150)));
                if (batch.size() == BATCH) {
                    writer.writeOrders(batch);
                    batch.clear();
                }
            }
        }
        writer.writeOrders(batch);
    }

    private static void writeEventCounts(ResultWriter writer, long events, Instant start, int days) {
        EventType[] types = EventType.values();
        long minutes = Duration.ofDays(days).toMinutes();
        long perMinuteAndType = Math.max(1, events / (minutes * types.length));
        List<EventCount> batch = new ArrayList<>(BATCH);
        for (long m = 0; m < minutes; m++) {
            Instant minute = start.plus(Duration.ofMinutes(m));
            for (EventType type : types) {
                batch.add(new EventCount(minute, type.wireName(), perMinuteAndType, minute, minute.plusSeconds(59)));
                if (batch.size() == BATCH) {
                    writer.writeEventCounts(batch);
                    batch.clear();
                }
            }
        }
        writer.writeEventCounts(batch);
    }
}
