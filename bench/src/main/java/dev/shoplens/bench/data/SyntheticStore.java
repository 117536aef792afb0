package dev.shoplens.bench.data;

import dev.shoplens.activity.EventCount;
import dev.shoplens.activity.IngestProgress;
import dev.shoplens.event.EventType;
import dev.shoplens.features.CustomerDay;
import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.features.ProductDay;
import dev.shoplens.forecast.DemandForecast;
import dev.shoplens.forecast.DemandPath;
import dev.shoplens.forecast.ForecastAccuracy;
import dev.shoplens.forecast.SeriesLevel;
import dev.shoplens.orders.OrderRow;
import dev.shoplens.quality.RejectedEvent;
import dev.shoplens.scores.CustomerScore;
import dev.shoplens.scores.ModelVersionRow;
import dev.shoplens.store.StoreSettings;
import dev.shoplens.store.write.ResultWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Fills a store as a shop of {@code customers} customers would after {@code days} days, through the store's own
 * writer: their features and scores, four orders and a return in ten per customer, the per-minute event counts of a
 * hundred events per customer spread over the days (a hundred thousand customers: ten million events; of a longer
 * history than {@value #EVENT_COUNT_DAYS} days only the last {@value #EVENT_COUNT_DAYS} days' counts, as retention keeps
 * them), a rejected event per hundred, model versions, and the products' days and forecasts. Products do not grow
 * with customers: a shop's catalogue is what it is. Shared by the dashboard's pages and the nightly retrain.
 */
public final class SyntheticStore {

    static final int EVENTS_PER_CUSTOMER = 100;
    /** Per-minute counts are kept 35 days; the pages show the last 30 at most. */
    static final int EVENT_COUNT_DAYS = 30;

    static final int ORDERS_PER_CUSTOMER = 4;
    static final int CUSTOMERS_PER_REJECTED = 100;
    static final int PRODUCTS = 2_000;
    static final int CATEGORIES = 20;
    static final int FORECAST_DAYS = 28;
    public static final int MODEL_VERSIONS = 30;
    static final List<String> SEGMENTS = List.of("Champions", "Loyal", "Promising", "New", "At risk", "Hibernating");
    static final List<String> REJECTIONS = List.of("malformed_json", "unknown_type", "missing_customer", "late");
    static final int BATCH = 50_000;

    private SyntheticStore() {}

    /** The store's newest event time, from which the pages count "today" and the last hour. */
    public static Instant fill(StoreSettings store, int customers, int days) {
        Instant end = SyntheticCustomers.AS_OF;
        Instant start = end.minus(Duration.ofDays(days));
        try (ResultWriter writer = store.openWriter()) {
            List<CustomerFeatures> features = SyntheticCustomers.features(customers, 21);
            inBatches(features, writer::writeCustomerFeatures);
            inBatches(scores(features, end), writer::writeCustomerScores);
            writeOrders(writer, customers, start, days);
            int countedDays = Math.min(days, EVENT_COUNT_DAYS);
            writeEventCounts(
                    writer,
                    (long) customers * EVENTS_PER_CUSTOMER * countedDays / days,
                    end.minus(Duration.ofDays(countedDays)),
                    countedDays);
            inBatches(rejected(customers / CUSTOMERS_PER_REJECTED, start, days), writer::writeRejected);
            writer.writeModelVersions(modelVersions(end));
            inBatches(productDays(end, days), writer::writeProductDays);
            writer.writeForecasts(forecasts(end));
            writer.writeIngestProgress(
                    List.of(new IngestProgress("bench", end, (long) customers * EVENTS_PER_CUSTOMER, end)));
        }
        return end;
    }

    /**
     * Adds the customers' closed days of browsing, as {@code customer_daily} holds them: each customer of {@link
     * #fill} visits on about one day in seven of the {@code days} before {@code end}, with a few views and now and
     * then a cart add. The nightly LSTM reads them; the pages do not.
     */
    public static void fillCustomerDays(StoreSettings store, int customers, int days, Instant end) {
        SplittableRandom random = new SplittableRandom(26);
        LocalDate last = LocalDate.ofInstant(end, ZoneOffset.UTC).minusDays(1);
        try (ResultWriter writer = store.openWriter()) {
            List<CustomerDay> batch = new ArrayList<>(BATCH);
            for (int c = 0; c < customers; c++) {
                for (int d = days - 1; d >= 0; d--) {
                    if (random.nextInt(7) != 0) {
                        continue;
                    }
                    int views = 1 + random.nextInt(8);
                    batch.add(new CustomerDay(
                            "c" + c, last.minusDays(d), views, random.nextInt(views + 1) / 3, 0, 0, 0, end));
                    if (batch.size() == BATCH) {
                        writer.writeCustomerDays(batch);
                        batch.clear();
                    }
                }
            }
            writer.writeCustomerDays(batch);
        }
    }

    private static <T> void inBatches(List<T> rows, Consumer<List<T>> write) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            write.accept(rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    public static List<CustomerScore> scores(List<CustomerFeatures> customers, Instant asOf) {
        SplittableRandom random = new SplittableRandom(23);
        List<CustomerScore> scores = new ArrayList<>(customers.size());
        for (CustomerFeatures c : customers) {
            int segment = random.nextInt(SEGMENTS.size());
            scores.add(new CustomerScore(
                    c.customerId(),
                    asOf,
                    random.nextDouble(),
                    1,
                    random.nextDouble(),
                    1,
                    random.nextDouble(0, 3),
                    random.nextDouble(0, 300),
                    asOf.plus(Duration.ofDays(1 + random.nextInt(60))),
                    1,
                    segment,
                    SEGMENTS.get(segment),
                    1,
                    "[\"40 days since the last order\",\"2 sessions in 30 days\",\"tenure 300 days\"]",
                    "[\"1 order in 30 days\",\"12 views in 30 days\",\"3 cart adds\"]",
                    "[]"));
        }
        return scores;
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

    private static List<RejectedEvent> rejected(int count, Instant start, int days) {
        SplittableRandom random = new SplittableRandom(24);
        long seconds = Duration.ofDays(days).toSeconds();
        List<RejectedEvent> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(new RejectedEvent(
                    REJECTIONS.get(random.nextInt(REJECTIONS.size())),
                    "field customer_id is missing",
                    "bench",
                    "{\"type\":\"view\",\"product_id\":\"p" + i + "\"}",
                    start.plusSeconds(random.nextLong(seconds)),
                    "r" + i));
        }
        return rows;
    }

    /** A version a night for each streaming kind, the newest serving; the model bytes the size a real one has. */
    private static List<ModelVersionRow> modelVersions(Instant end) {
        List<ModelVersionRow> rows = new ArrayList<>();
        byte[] model = new byte[30_000];
        for (String kind : List.of("churn", "purchase", "value", "segments")) {
            for (int v = 1; v <= MODEL_VERSIONS; v++) {
                Instant trained = end.minus(Duration.ofDays(MODEL_VERSIONS - v));
                rows.add(new ModelVersionRow(
                        kind,
                        v,
                        v == 1 ? null : v - 1,
                        trained,
                        trained,
                        50_000,
                        v % 7 == 1,
                        "{\"auc\":0.8" + v % 10 + ",\"logLoss\":0.45}",
                        "{\"trainer\":\"bench\"}",
                        model,
                        true,
                        v == MODEL_VERSIONS));
            }
        }
        return rows;
    }

    private static List<ProductDay> productDays(Instant end, int days) {
        SplittableRandom random = new SplittableRandom(25);
        LocalDate last = LocalDate.ofInstant(end, ZoneOffset.UTC).minusDays(1);
        List<ProductDay> rows = new ArrayList<>(PRODUCTS * days);
        for (int p = 0; p < PRODUCTS; p++) {
            int stock = 20 + random.nextInt(400);
            for (int d = days - 1; d >= 0; d--) {
                int sold = random.nextInt(6);
                rows.add(new ProductDay(
                        product(p),
                        last.minusDays(d),
                        category(p),
                        sold,
                        sold > 3 ? 1 : 0,
                        sold * 19.5,
                        10 + random.nextInt(50),
                        random.nextInt(8),
                        stock + 3 * d,
                        end));
            }
        }
        return rows;
    }

    private static List<DemandForecast> forecasts(Instant end) {
        LocalDate origin = LocalDate.ofInstant(end, ZoneOffset.UTC).minusDays(1);
        List<DemandForecast> rows = new ArrayList<>();
        for (int p = 0; p < PRODUCTS; p++) {
            rows.add(forecast(SeriesLevel.PRODUCT, product(p), category(p), origin, 1 + p % 5, end));
        }
        for (int c = 0; c < CATEGORIES; c++) {
            String category = "category-" + c;
            rows.add(forecast(SeriesLevel.CATEGORY, category, category, origin, 300, end));
        }
        rows.add(forecast(SeriesLevel.SHOP, "shop", null, origin, 6_000, end));
        return rows;
    }

    private static DemandForecast forecast(
            SeriesLevel level, String id, String category, LocalDate origin, double mean, Instant end) {
        return new DemandForecast(
                level,
                id,
                category,
                origin,
                "holt_winters",
                DemandPath.constant(FORECAST_DAYS, mean, mean),
                new ForecastAccuracy(0.38, 0.02, 0.52, 40),
                end);
    }

    public static String product(int p) {
        return "p" + p;
    }

    private static String category(int p) {
        return "category-" + p % CATEGORIES;
    }
}
