package dev.shoplens.store.read;

import static dev.shoplens.store.read.SqlShopReader.instant;
import static dev.shoplens.store.read.SqlShopReader.rows;
import static dev.shoplens.store.read.SqlShopReader.timestamp;

import dev.shoplens.forecast.DemandPath;
import dev.shoplens.forecast.ForecastAccuracy;
import dev.shoplens.forecast.ForecastDay;
import dev.shoplens.forecast.SeriesLevel;
import dev.shoplens.inventory.InventoryPolicy;
import dev.shoplens.inventory.PolicyScope;
import dev.shoplens.inventory.PolicySetting;
import dev.shoplens.inventory.ReorderPlan;
import dev.shoplens.store.StoreException;
import java.sql.Array;
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

/**
 * Inventory planning on the DuckDB store. The forecasts, stock levels and settings come from SQL; the reorder
 * arithmetic (gamma quantiles) runs here, per product, since a service level can be any number a merchandiser picks.
 */
final class DuckDbInventoryPlanning implements InventoryPlanning {

    /** A fresh connection per call (DuckDB connections are not for concurrent use). */
    @FunctionalInterface
    interface Connections {
        Connection open() throws SQLException;
    }

    private static final String PLANS = "WITH stock AS ("
            + " SELECT product_id, arg_max(stock_on_hand, day) AS stock_on_hand, max(day) AS stock_day"
            + " FROM product_daily WHERE stock_on_hand IS NOT NULL GROUP BY product_id),"
            + " days AS (SELECT series_id, list(mean ORDER BY days_ahead) AS mean,"
            + " list(variance ORDER BY days_ahead) AS variance"
            + " FROM demand_forecast_days WHERE level = 'product' GROUP BY series_id)"
            + " SELECT f.series_id, f.category, f.origin_day, f.method, f.wape, f.bias, f.naive_wape, f.measured_days,"
            + " d.mean, d.variance, s.stock_on_hand, s.stock_day,"
            + " ps.lead_time_days, ps.service_level, ps.changed_by, ps.changed_at,"
            + " cs.lead_time_days, cs.service_level, cs.changed_by, cs.changed_at"
            + " FROM demand_forecasts f JOIN days d ON d.series_id = f.series_id"
            + " LEFT JOIN stock s ON s.product_id = f.series_id"
            + " LEFT JOIN inventory_settings ps ON ps.scope = 'product' AND ps.scope_id = f.series_id"
            + " LEFT JOIN inventory_settings cs ON cs.scope = 'category' AND cs.scope_id = f.category"
            + " WHERE f.level = 'product'";

    private final Connections connections;

    DuckDbInventoryPlanning(Connections connections) {
        this.connections = connections;
    }

    @Override
    public List<String> categories() {
        try (Connection c = connections.open()) {
            return rows(c, "SELECT series_id FROM demand_forecasts WHERE level = 'category' ORDER BY series_id")
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
                    : plans(c, " AND f.category = ?", filter, filter.category());
        } catch (SQLException e) {
            throw new StoreException("reading the inventory plans failed", e);
        }
    }

    private List<InventoryRow> plans(Connection c, String where, InventoryFilter filter, Object... params)
            throws SQLException {
        List<InventoryRow> result = new ArrayList<>();
        for (Object[] r : rows(c, PLANS + where, params)) {
            LocalDate origin = date(r[2]);
            DemandPath path = new DemandPath(doubles(r[8]), doubles(r[9]));
            PolicySetting setting =
                    PolicySetting.firstOf(setting(PolicyScope.PRODUCT, r, 12), setting(PolicyScope.CATEGORY, r, 16));
            Integer stock = r[10] == null ? null : ((Number) r[10]).intValue();
            ReorderPlan plan = ReorderPlan.of(path, origin.plusDays(1), stock, setting.policy());
            if (filter.admits(plan.risk())) {
                result.add(new InventoryRow(
                        (String) r[0],
                        (String) r[1],
                        origin,
                        (String) r[3],
                        accuracy(r, 4),
                        path.meanPerDay(),
                        r[11] == null ? null : date(r[11]),
                        setting,
                        plan));
            }
        }
        result.sort(InventoryRow.MOST_URGENT_FIRST);
        return result;
    }

    private static PolicySetting setting(PolicyScope scope, Object[] r, int at) {
        if (r[at] == null) {
            return null;
        }
        InventoryPolicy policy =
                InventoryPolicy.DEFAULT.with(((Number) r[at]).intValue(), ((Number) r[at + 1]).doubleValue());
        return new PolicySetting(policy, scope, (String) r[at + 2], instant(r[at + 3]));
    }

    private static ForecastAccuracy accuracy(Object[] r, int at) {
        return new ForecastAccuracy(
                (Double) r[at], (Double) r[at + 1], (Double) r[at + 2], ((Number) r[at + 3]).intValue());
    }

    @Override
    public Optional<DemandChart> chart(SeriesLevel level, String seriesId, int historyDays) {
        try (Connection c = connections.open()) {
            List<Object[]> header = rows(
                    c,
                    "SELECT origin_day, method, wape, bias, naive_wape, measured_days FROM demand_forecasts"
                            + " WHERE level = ? AND series_id = ?",
                    level.wireName(),
                    seriesId);
            if (header.isEmpty()) {
                return Optional.empty();
            }
            LocalDate origin = date(header.get(0)[0]);
            List<InventoryRow> plans =
                    switch (level) {
                        case PRODUCT -> plans(c, " AND f.series_id = ?", InventoryFilter.ALL, seriesId);
                        case CATEGORY -> plans(c, " AND f.category = ?", InventoryFilter.ALL, seriesId);
                        case SHOP -> plans(c, "", InventoryFilter.ALL);
                    };
            return Optional.of(new DemandChart(
                    level,
                    seriesId,
                    origin,
                    (String) header.get(0)[1],
                    accuracy(header.get(0), 2),
                    history(c, level, seriesId, origin, historyDays),
                    forecastDays(c, level, seriesId),
                    sum(plans, p -> p.plan().stockOnHand()),
                    sum(plans, p -> p.plan().reorderPoint())));
        } catch (SQLException e) {
            throw new StoreException("reading the demand chart of " + level.wireName() + " " + seriesId + " failed", e);
        }
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

    private static List<DemandChart.HistoryDay> history(
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
                "SELECT day, sum(units_sold - units_returned), sum(stock_on_hand) FROM product_daily"
                        + " WHERE day >= ? AND day <= ?" + where + " GROUP BY day",
                params)) {
            LocalDate day = date(r[0]);
            byDay.put(day, new DemandChart.HistoryDay(day, ((Number) r[1]).doubleValue(), integer(r[2])));
        }
        List<DemandChart.HistoryDay> history = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(origin); d = d.plusDays(1)) {
            history.add(byDay.getOrDefault(d, new DemandChart.HistoryDay(d, 0, null)));
        }
        return history;
    }

    private static List<ForecastDay> forecastDays(Connection c, SeriesLevel level, String seriesId)
            throws SQLException {
        List<ForecastDay> days = new ArrayList<>();
        for (Object[] r : rows(
                c,
                "SELECT days_ahead, day, mean, variance, p10, p50, p90 FROM demand_forecast_days"
                        + " WHERE level = ? AND series_id = ? ORDER BY days_ahead",
                level.wireName(),
                seriesId)) {
            days.add(new ForecastDay(
                    level,
                    seriesId,
                    ((Number) r[0]).intValue(),
                    date(r[1]),
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
        try (Connection c = connections.open()) {
            c.setAutoCommit(false);
            try {
                Object[] values = {scope.wireName(), scopeId, leadTimeDays, serviceLevel, user, timestamp(at)};
                update(c, "INSERT OR REPLACE INTO inventory_settings VALUES (?, ?, ?, ?, ?, ?)", values);
                update(c, "INSERT INTO inventory_settings_changes VALUES (?, ?, ?, ?, ?, ?)", values);
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(
                    "saving the inventory setting of " + scope.wireName() + " " + scopeId + " failed", e);
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

    private static double[] doubles(Object list) throws SQLException {
        Object[] values = (Object[]) ((Array) list).getArray();
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = ((Number) values[i]).doubleValue();
        }
        return result;
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        throw new IllegalStateException("not a date: " + value);
    }
}
