package dev.shoplens.store.read;

import static dev.shoplens.store.read.SqlShopReader.instant;
import static dev.shoplens.store.read.SqlShopReader.rows;
import static dev.shoplens.store.read.SqlShopReader.timestamp;

import dev.shoplens.forecast.DemandPath;
import dev.shoplens.forecast.ForecastAccuracy;
import dev.shoplens.forecast.ForecastDay;
import dev.shoplens.forecast.ProductRefit;
import dev.shoplens.forecast.SeriesLevel;
import dev.shoplens.inventory.InventoryPolicy;
import dev.shoplens.inventory.PolicyScope;
import dev.shoplens.inventory.PolicySetting;
import dev.shoplens.inventory.ReorderPlan;
import dev.shoplens.store.Connections;
import dev.shoplens.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Inventory planning on a SQL store (DuckDB or ClickHouse). The forecasts, stock levels and settings come from SQL
 * both engines understand, joined here by product: ClickHouse's outer joins fill missing rows with defaults rather
 * than NULLs, and a product with no stock report must stay "no stock data". The reorder arithmetic (gamma
 * quantiles) runs here too, per product, since a service level can be any number a merchandiser picks.
 */
final class SqlInventoryPlanning implements InventoryPlanning {

    /** How an engine writes a setting: DuckDB replaces the keyed row in a transaction; ClickHouse appends a newer
     * row that its ReplacingMergeTree keeps (by {@code changed_at}), and has no transactions to offer. */
    enum SettingWrites {
        REPLACE_IN_TRANSACTION("INSERT OR REPLACE INTO "),
        APPEND_NEWER("INSERT INTO ");

        private final String insert;

        SettingWrites(String insert) {
            this.insert = insert;
        }
    }

    private static final String FORECASTS = "SELECT series_id, category, origin_day, method, wape, bias, naive_wape,"
            + " measured_days FROM %s WHERE level = 'product'";

    private final Connections connections;
    private final UnaryOperator<String> table;
    private final SettingWrites writes;
    private final NightlyForecasts nightly;
    private final ForecastPaths allPaths;
    private final KeptPlans keptPlans;

    /**
     * {@code table} names a table so that it reads its current rows (see {@link SqlShopReader#table});
     * {@code allPaths} and {@code keptPlans} keep every product's forecast days and plan between reads while what
     * they come from is unchanged (one of each per reader).
     */
    SqlInventoryPlanning(
            Connections connections,
            UnaryOperator<String> table,
            SettingWrites writes,
            ForecastPaths allPaths,
            KeptPlans keptPlans) {
        this.connections = connections;
        this.table = table;
        this.writes = writes;
        this.nightly = new NightlyForecasts(table);
        this.allPaths = allPaths;
        this.keptPlans = keptPlans;
    }

    @Override
    public List<String> categories() {
        try (Connection c = connections.open()) {
            return rows(
                            c,
                            "SELECT series_id FROM " + table.apply("demand_forecasts")
                                    + " WHERE level = 'category' ORDER BY series_id")
                    .stream()
                    .map(r -> (String) r[0])
                    .toList();
        } catch (SQLException e) {
            throw new StoreException("reading the forecast categories failed", e);
        }
    }

    @Override
    public List<InventoryRow> plans(InventoryFilter filter) {
        try (Connection c = connections.open()) {
            return filter.category() == null
                    ? plans(c, "", filter)
                    : plans(c, " AND category = ?", filter, filter.category());
        } catch (SQLException e) {
            throw new StoreException("reading the inventory plans failed", e);
        }
    }

    private List<InventoryRow> plans(Connection c, String where, InventoryFilter filter, Object... params)
            throws SQLException {
        // Days and stock only of the products the filter names: a chart of one product reads one product's rows.
        String products =
                "SELECT series_id FROM " + table.apply("demand_forecasts") + " WHERE level = 'product'" + where;
        Map<String, DemandPath> paths =
                where.isEmpty() ? allPaths.all(c, table, () -> paths(c, products, params)) : paths(c, products, params);
        Map<String, NightlyForecasts.Nightly> refits = nightly.of(c, products, params);
        Map<String, Object[]> stock = stockOnHand(c, products, params);
        Map<String, PolicySetting> settings = settings(c);
        List<InventoryRow> result = new ArrayList<>();
        for (Object[] r : rows(c, FORECASTS.formatted(table.apply("demand_forecasts")) + where, params)) {
            String productId = (String) r[0];
            DemandPath path = paths.get(productId);
            if (path == null) {
                continue; // a header whose days are not written yet: the next flush brings both
            }
            LocalDate streamingOrigin = SqlShopReader.date(r[2]);
            NightlyForecasts.Nightly nightlyForecast = refits.get(productId);
            LocalDate origin = nightlyForecast == null ? streamingOrigin : nightlyForecast.from(streamingOrigin);
            Optional<DemandPath> refit = nightlyForecast == null ? Optional.empty() : nightlyForecast.path(origin);
            if (refit.isPresent()) {
                path = refit.get(); // the nightly refit measured better on this product's latest days
            } else {
                origin = streamingOrigin;
            }
            PolicySetting setting = PolicySetting.firstOf(
                    settings.get(key(PolicyScope.PRODUCT, productId)), settings.get(key(PolicyScope.CATEGORY, r[1])));
            Object[] reported = stock.get(productId);
            Integer onHand = reported == null ? null : ((Number) reported[0]).intValue();
            ReorderPlan plan = keptPlans.plan(productId, path, origin.plusDays(1), onHand, setting.policy());
            if (filter.admits(plan.risk())) {
                result.add(new InventoryRow(
                        productId,
                        (String) r[1],
                        origin,
                        refit.isPresent() ? ProductRefit.FOREST_METHOD : (String) r[3],
                        refit.isPresent() ? nightlyForecast.accuracy() : accuracy(r, 4),
                        path.meanPerDay(),
                        reported == null ? null : SqlShopReader.date(reported[1]),
                        setting,
                        plan));
            }
        }
        result.sort(InventoryRow.MOST_URGENT_FIRST);
        return result;
    }

    /** Every product's forecast path, its days in order. */
    private Map<String, DemandPath> paths(Connection c, String products, Object[] params) throws SQLException {
        Map<String, List<double[]>> days = new HashMap<>();
        for (Object[] r : rows(
                c,
                "SELECT series_id, mean, variance FROM " + table.apply("demand_forecast_days")
                        + " WHERE level = 'product' AND series_id IN (" + products + ")"
                        + " ORDER BY series_id, days_ahead",
                params)) {
            days.computeIfAbsent((String) r[0], id -> new ArrayList<>())
                    .add(new double[] {((Number) r[1]).doubleValue(), ((Number) r[2]).doubleValue()});
        }
        Map<String, DemandPath> paths = new HashMap<>();
        days.forEach((id, list) -> paths.put(id, path(list)));
        return paths;
    }

    private static DemandPath path(List<double[]> days) {
        double[] mean = new double[days.size()];
        double[] variance = new double[days.size()];
        for (int i = 0; i < mean.length; i++) {
            mean[i] = days.get(i)[0];
            variance[i] = days.get(i)[1];
        }
        return new DemandPath(mean, variance);
    }

    /** Each product's newest stock report: {units on hand, day}. */
    private Map<String, Object[]> stockOnHand(Connection c, String products, Object[] params) throws SQLException {
        String days = table.apply("product_daily");
        Map<String, Object[]> stock = new HashMap<>();
        for (Object[] r : rows(
                c,
                "SELECT d.product_id, d.stock_on_hand, d.day"
                        + " FROM (SELECT product_id, stock_on_hand, day FROM " + days + ") AS d"
                        + " JOIN (SELECT product_id, max(day) AS newest FROM " + days
                        + " WHERE stock_on_hand IS NOT NULL AND product_id IN (" + products + ")"
                        + " GROUP BY product_id) AS n"
                        + " ON d.product_id = n.product_id AND d.day = n.newest",
                params)) {
            stock.put((String) r[0], new Object[] {r[1], r[2]});
        }
        return stock;
    }

    /** Every setting a merchandiser saved, by scope and what it applies to. */
    private Map<String, PolicySetting> settings(Connection c) throws SQLException {
        Map<String, PolicySetting> settings = new HashMap<>();
        for (Object[] r : rows(
                c,
                "SELECT scope, scope_id, lead_time_days, service_level, changed_by, changed_at FROM "
                        + table.apply("inventory_settings"))) {
            PolicyScope scope = PolicyScope.fromWireName((String) r[0]);
            settings.put(key(scope, r[1]), setting(scope, r, 2));
        }
        return settings;
    }

    private static String key(PolicyScope scope, Object scopeId) {
        return scope.wireName() + '\u0000' + scopeId;
    }

    private static PolicySetting setting(PolicyScope scope, Object[] r, int at) {
        InventoryPolicy policy =
                InventoryPolicy.DEFAULT.with(((Number) r[at]).intValue(), ((Number) r[at + 1]).doubleValue());
        return new PolicySetting(policy, scope, (String) r[at + 2], instant(r[at + 3]));
    }

    private static ForecastAccuracy accuracy(Object[] r, int at) {
        return new ForecastAccuracy(
                (Double) r[at], (Double) r[at + 1], (Double) r[at + 2], ((Number) r[at + 3]).intValue());
    }

    /**
     * Every purchase's products once (an order may list a product on two lines), in the window; then the orders with
     * the product, the other products in them, and how many orders each of those is in. SQL both engines read; the
     * window's end is the newest purchase, so that an imported history has one.
     */
    private static final String BOUGHT_WITH =
            """
            WITH lines AS (
                SELECT DISTINCT order_id, product_id FROM %1$s
                WHERE kind = 'purchase'
                  AND time >= (SELECT max(time) FROM %1$s WHERE kind = 'purchase') - INTERVAL %2$d DAY),
            with_product AS (SELECT order_id FROM lines WHERE product_id = ?),
            together AS (
                SELECT l.product_id AS other, count(*) AS orders_together
                FROM lines AS l JOIN with_product AS w ON l.order_id = w.order_id
                WHERE l.product_id <> ?
                GROUP BY l.product_id),
            popularity AS (SELECT product_id AS other, count(*) AS orders_with_other FROM lines GROUP BY product_id)
            SELECT t.other, t.orders_together, (SELECT count(*) FROM with_product), p.orders_with_other,
                   (SELECT count(DISTINCT order_id) FROM lines)
            FROM together AS t JOIN popularity AS p ON t.other = p.other
            ORDER BY t.orders_together DESC, p.orders_with_other ASC, t.other
            LIMIT %3$d""";

    @Override
    public List<BoughtWith> boughtWith(String productId, int days, int limit) {
        if (days < 1 || limit < 1) {
            throw new IllegalArgumentException("days and limit must be at least 1, were " + days + " and " + limit);
        }
        try (Connection c = connections.open()) {
            return rows(c, BOUGHT_WITH.formatted(table.apply("order_lines"), days, limit), productId, productId)
                    .stream()
                    .map(r -> new BoughtWith(
                            (String) r[0],
                            ((Number) r[1]).longValue(),
                            ((Number) r[2]).longValue(),
                            ((Number) r[3]).longValue(),
                            ((Number) r[4]).longValue()))
                    .toList();
        } catch (SQLException e) {
            throw new StoreException("reading what is bought with " + productId + " failed", e);
        }
    }

    @Override
    public Optional<DemandChart> chart(SeriesLevel level, String seriesId, int historyDays) {
        try (Connection c = connections.open()) {
            List<Object[]> header = rows(
                    c,
                    "SELECT origin_day, method, wape, bias, naive_wape, measured_days FROM "
                            + table.apply("demand_forecasts") + " WHERE level = ? AND series_id = ?",
                    level.wireName(),
                    seriesId);
            if (header.isEmpty()) {
                return Optional.empty();
            }
            LocalDate origin = SqlShopReader.date(header.get(0)[0]);
            LocalDate streamingOrigin = origin;
            String method = (String) header.get(0)[1];
            ForecastAccuracy accuracy = accuracy(header.get(0), 2);
            List<ForecastDay> days = forecastDays(c, level, seriesId);
            Optional<NightlyForecasts.Nightly> refit = level == SeriesLevel.PRODUCT
                    ? nightlyOf(c, seriesId)
                            .filter(n -> n.path(n.from(streamingOrigin)).isPresent())
                    : Optional.empty();
            if (refit.isPresent()) {
                origin = refit.get().from(streamingOrigin);
                method = ProductRefit.FOREST_METHOD;
                accuracy = refit.get().accuracy();
                days = refit.get().forecastDays(seriesId, origin);
            }
            List<InventoryRow> plans =
                    switch (level) {
                        case PRODUCT -> plans(c, " AND series_id = ?", InventoryFilter.ALL, seriesId);
                        case CATEGORY -> plans(c, " AND category = ?", InventoryFilter.ALL, seriesId);
                        case SHOP -> plans(c, "", InventoryFilter.ALL);
                    };
            return Optional.of(new DemandChart(
                    level,
                    seriesId,
                    origin,
                    method,
                    accuracy,
                    history(c, level, seriesId, origin, historyDays),
                    days,
                    sum(plans, p -> p.plan().stockOnHand()),
                    sum(plans, p -> p.plan().reorderPoint())));
        } catch (SQLException e) {
            throw new StoreException("reading the demand chart of " + level.wireName() + " " + seriesId + " failed", e);
        }
    }

    /** The product's nightly forecast, if the refit chose it. */
    private Optional<NightlyForecasts.Nightly> nightlyOf(Connection c, String productId) throws SQLException {
        String product = "SELECT series_id FROM " + table.apply("demand_forecasts")
                + " WHERE level = 'product' AND series_id = ?";
        return Optional.ofNullable(
                nightly.of(c, product, new Object[] {productId}).get(productId));
    }

    private static Integer sum(List<InventoryRow> plans, java.util.function.Function<InventoryRow, Integer> value) {
        Integer total = null;
        for (InventoryRow p : plans) {
            Integer v = value.apply(p);
            if (v != null) {
                total = (total == null ? 0 : total) + v;
            }
        }
        return total;
    }

    private List<DemandChart.HistoryDay> history(
            Connection c, SeriesLevel level, String seriesId, LocalDate origin, int days) throws SQLException {
        LocalDate first = origin.minusDays(days - 1L);
        String where =
                switch (level) {
                    case PRODUCT -> " AND product_id = ?";
                    case CATEGORY -> " AND category = ?";
                    case SHOP -> "";
                };
        Object[] params =
                level == SeriesLevel.SHOP ? new Object[] {first, origin} : new Object[] {first, origin, seriesId};
        Map<LocalDate, DemandChart.HistoryDay> byDay = new HashMap<>();
        for (Object[] r : rows(
                c,
                "SELECT day, sum(units_sold - units_returned), sum(stock_on_hand) FROM " + table.apply("product_daily")
                        + " WHERE day >= ? AND day <= ?" + where + " GROUP BY day",
                params)) {
            LocalDate day = SqlShopReader.date(r[0]);
            byDay.put(
                    day,
                    new DemandChart.HistoryDay(day, ((Number) r[1]).doubleValue(), SqlShopReader.integerOrNull(r[2])));
        }
        List<DemandChart.HistoryDay> history = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(origin); d = d.plusDays(1)) {
            history.add(byDay.getOrDefault(d, new DemandChart.HistoryDay(d, 0, null)));
        }
        return history;
    }

    private List<ForecastDay> forecastDays(Connection c, SeriesLevel level, String seriesId) throws SQLException {
        List<ForecastDay> days = new ArrayList<>();
        for (Object[] r : rows(
                c,
                "SELECT days_ahead, day, mean, variance, p10, p50, p90 FROM " + table.apply("demand_forecast_days")
                        + " WHERE level = ? AND series_id = ? ORDER BY days_ahead",
                level.wireName(),
                seriesId)) {
            days.add(new ForecastDay(
                    level,
                    seriesId,
                    ((Number) r[0]).intValue(),
                    SqlShopReader.date(r[1]),
                    (Double) r[2],
                    (Double) r[3],
                    (Double) r[4],
                    (Double) r[5],
                    (Double) r[6]));
        }
        return days;
    }

    @Override
    public void savePolicy(
            PolicyScope scope, String scopeId, int leadTimeDays, double serviceLevel, String user, Instant at) {
        InventoryPolicy.DEFAULT.with(leadTimeDays, serviceLevel); // refuses what a policy refuses
        if (scopeId == null || scopeId.isBlank() || user == null || user.isBlank()) {
            throw new IllegalArgumentException("a setting needs what it applies to and who sets it");
        }
        Object[] values = {scope.wireName(), scopeId, leadTimeDays, serviceLevel, user, timestamp(at)};
        try (Connection c = connections.open()) {
            if (writes == SettingWrites.REPLACE_IN_TRANSACTION) {
                inTransaction(c, () -> saveAndLog(c, values));
            } else {
                saveAndLog(c, values);
            }
        } catch (SQLException e) {
            throw new StoreException(
                    "saving the inventory setting of " + scope.wireName() + " " + scopeId + " failed", e);
        }
    }

    private void saveAndLog(Connection c, Object[] values) throws SQLException {
        update(c, writes.insert + "inventory_settings VALUES (?, ?, ?, ?, ?, ?)", values);
        update(c, "INSERT INTO inventory_settings_changes VALUES (?, ?, ?, ?, ?, ?)", values);
    }

    private interface Work {
        void run() throws SQLException;
    }

    private static void inTransaction(Connection c, Work work) throws SQLException {
        c.setAutoCommit(false);
        try {
            work.run();
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        }
    }

    private static void update(Connection c, String sql, Object[] params) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            st.executeUpdate();
        }
    }
}
