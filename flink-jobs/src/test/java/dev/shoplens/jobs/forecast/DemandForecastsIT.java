package dev.shoplens.jobs.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.shoplens.forecast.DemandPath;
import dev.shoplens.jobs.FeatureJob;
import dev.shoplens.jobs.FeatureJobSettings;
import dev.shoplens.jobs.sink.StoreSinks;
import dev.shoplens.jobs.source.FeedSource;
import dev.shoplens.simulator.SimulatedFeed;
import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.time.ShopClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The feature job on a MiniCluster at parallelism 2 over a seeded simulation: the forecasts it stores must be the
 * ones the model makes when it is taught the stored product days directly, one series at a time, whatever the order
 * in which two parallel instances closed the days and rolled them up.
 */
class DemandForecastsIT {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(2)
            .build());

    @TempDir
    static Path dir;

    static DuckDbSettings store;
    /** Net units per series (level/id) and epoch day, as stored in product_daily and added up. */
    static final Map<String, TreeMap<Long, Double>> SERIES = new HashMap<>();
    /** Product days whose last stock report was zero ("product/id@epochDay"). */
    static final java.util.Set<String> STOCKED_OUT = new java.util.HashSet<>();
    /** The newest day in the store. */
    static long lastDay = Long.MIN_VALUE;

    @BeforeAll
    static void runTheJob() throws Exception {
        store = DuckDbSettings.inDataDir(dir);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        new FeatureJob(
                        FeedSource.of(new SimulatedFeed(
                                5, 300, 30, Instant.parse("2026-01-05T00:00:00Z"), ShopClock.system(), 60_000)),
                        1,
                        new StoreSinks(store, 2_000, Duration.ofMillis(500)),
                        FeatureJobSettings.defaults().withParallelism(2))
                .addTo(env);
        env.execute("demand forecasts IT");
        readStoredDays();
        assertThat(STOCKED_OUT)
                .as("the simulated shop runs out of some products")
                .isNotEmpty();
    }

    private static void readStoredDays() throws Exception {
        try (Connection c = store.connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT product_id, day, units_sold - units_returned,"
                        + " max(category) OVER (PARTITION BY product_id), stock_on_hand = 0 FROM product_daily")) {
            while (rs.next()) {
                long day = rs.getObject(2, LocalDate.class).toEpochDay();
                lastDay = Math.max(lastDay, day);
                double units = rs.getInt(3);
                SERIES.computeIfAbsent("product/" + rs.getString(1), k -> new TreeMap<>())
                        .put(day, units);
                if (rs.getBoolean(5)) {
                    STOCKED_OUT.add("product/" + rs.getString(1) + "@" + day);
                }
                if (units != 0) {
                    // Totals only hear of product days with demand (or returns).
                    add("category/" + rs.getString(4), day, units);
                    add("shop/shop", day, units);
                }
            }
        }
    }

    private static void add(String series, long day, double units) {
        SERIES.computeIfAbsent(series, k -> new TreeMap<>()).merge(day, units, Double::sum);
    }

    /**
     * The model taught the series' days, from its first to {@code origin}, quiet days as no demand, days that ended
     * out of stock as censored.
     */
    static SeriesModel replay(String series, TreeMap<Long, Double> days, long origin) {
        SeriesModel model = new SeriesModel();
        for (long d = days.firstKey(); d <= origin; d++) {
            model.learn(d, days.getOrDefault(d, 0.0), STOCKED_OUT.contains(series + "@" + d));
        }
        return model;
    }

    @Test
    void everySeriesHasTheForecastOfItsDaysReplayed() throws Exception {
        int checked = 0;
        try (Connection c = store.connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT f.level, f.series_id, f.origin_day, f.method, f.measured_days,"
                        + " list(d.mean ORDER BY d.days_ahead) FROM demand_forecasts f JOIN demand_forecast_days d"
                        + " USING (level, series_id) GROUP BY ALL")) {
            while (rs.next()) {
                String series = rs.getString(1) + "/" + rs.getString(2);
                TreeMap<Long, Double> days = SERIES.get(series);
                assertThat(days).as(series).isNotNull();
                // Quiet days after a series' last demand that closed before the input ended were learnt too.
                long origin = rs.getObject(3, LocalDate.class).toEpochDay();
                assertThat(origin).as(series).isBetween(days.lastKey(), lastDay);
                SeriesModel expected = replay(series, days, origin);
                assertThat(rs.getString(4))
                        .as(series)
                        .isEqualTo(expected.chosen().wireName());
                assertThat(rs.getInt(5)).as(series).isEqualTo(expected.measuredDays());
                Object[] means = (Object[]) rs.getArray(6).getArray();
                DemandPath path = expected.forecast();
                assertThat(means).as(series).hasSize(path.days());
                for (int d = 1; d <= path.days(); d++) {
                    assertThat((Double) means[d - 1])
                            .as(series + " day " + d)
                            .isCloseTo(path.day(d).mean(), within(1e-9));
                }
                checked++;
            }
        }
        assertThat(checked).as("every product, every category and the shop").isEqualTo(SERIES.size());
        assertThat(SERIES.keySet()).contains("shop/shop").anyMatch(k -> k.startsWith("category/"));
    }

    @Test
    void bandsAreOrderedAndNeverNegative() throws Exception {
        try (Connection c = store.connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*), count(*) FILTER (WHERE p10 < 0 OR p10 > p50"
                        + " OR p50 > p90 OR mean < 0), count(*) FILTER (WHERE p90 > p10) FROM demand_forecast_days")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(28L * SERIES.size());
            assertThat(rs.getLong(2)).as("disordered or negative days").isZero();
            assertThat(rs.getLong(3)).as("days with a band").isPositive();
        }
    }
}
