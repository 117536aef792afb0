package dev.shoplens.store.read;

import static dev.shoplens.store.read.SqlShopReader.rows;

import dev.shoplens.forecast.DemandPath;
import dev.shoplens.forecast.ForecastAccuracy;
import dev.shoplens.forecast.ForecastDay;
import dev.shoplens.forecast.ProductRefit;
import dev.shoplens.forecast.SeriesLevel;
import dev.shoplens.inventory.InventoryPolicy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The nightly demand refit's forecasts of the products it serves ({@code demand_refits} chosen 'nightly', with
 * their days in {@code demand_refit_days}). Planning takes a product's nightly forecast in place of the streaming one
 * from the newer of the two origins on, while the nightly days cover the planning horizon from there: the streaming
 * job moves a product's origin as its days close, the refit once a night, so between a day's close and that night's
 * refit the nightly forecast is a day older and still serves (its 30 days cover the 28 from the next origin too), and
 * a refit that stops coming stops serving. A product that has gone quiet can have a streaming forecast older than the
 * night's: then the nightly one serves from its own origin.
 */
final class NightlyForecasts {

    /** A product's nightly forecast: the last day it learnt, its accuracy on the held-out days, its days by date. */
    record Nightly(LocalDate originDay, ForecastAccuracy accuracy, Map<LocalDate, double[]> days) {

        /** The origin planning works from: the newer of the streaming forecast's and this one's. */
        LocalDate from(LocalDate streamingOrigin) {
            return originDay.isAfter(streamingOrigin) ? originDay : streamingOrigin;
        }

        /** The {@value InventoryPolicy#HORIZON_DAYS} days after {@code origin}, if the forecast covers them all. */
        Optional<DemandPath> path(LocalDate origin) {
            double[] mean = new double[InventoryPolicy.HORIZON_DAYS];
            double[] variance = new double[mean.length];
            for (int h = 1; h <= mean.length; h++) {
                double[] day = days.get(origin.plusDays(h));
                if (day == null) {
                    return Optional.empty();
                }
                mean[h - 1] = day[0];
                variance[h - 1] = day[1];
            }
            return Optional.of(new DemandPath(mean, variance));
        }

        /** The days after {@code origin} as the chart shows them. */
        List<ForecastDay> forecastDays(String productId, LocalDate origin) {
            List<ForecastDay> list = new ArrayList<>();
            for (int h = 1; h <= InventoryPolicy.HORIZON_DAYS; h++) {
                double[] d = days.get(origin.plusDays(h));
                list.add(new ForecastDay(
                        SeriesLevel.PRODUCT, productId, h, origin.plusDays(h), d[0], d[1], d[2], d[3], d[4]));
            }
            return list;
        }
    }

    private final UnaryOperator<String> table;

    NightlyForecasts(UnaryOperator<String> table) {
        this.table = table;
    }

    /** The nightly forecasts of the products {@code products} (a subquery of product ids) selects. */
    Map<String, Nightly> of(Connection c, String products, Object[] params) throws SQLException {
        Map<String, Nightly> chosen = new HashMap<>();
        for (Object[] r : rows(
                c,
                "SELECT product_id, origin_day, nightly_wape, nightly_bias, naive_wape, holdout_days FROM "
                        + table.apply("demand_refits") + " WHERE chosen = '" + ProductRefit.NIGHTLY
                        + "' AND product_id IN (" + products + ")",
                params)) {
            ForecastAccuracy accuracy =
                    new ForecastAccuracy((Double) r[2], (Double) r[3], (Double) r[4], ((Number) r[5]).intValue());
            chosen.put((String) r[0], new Nightly(SqlShopReader.date(r[1]), accuracy, new HashMap<>()));
        }
        if (chosen.isEmpty()) {
            return chosen;
        }
        for (Object[] r : rows(
                c,
                "SELECT product_id, day, mean, variance, p10, p50, p90 FROM " + table.apply("demand_refit_days")
                        + " WHERE product_id IN (" + products + ")",
                params)) {
            Nightly n = chosen.get((String) r[0]);
            if (n != null) {
                n.days().put(SqlShopReader.date(r[1]), new double[] {
                    number(r[2]), number(r[3]), number(r[4]), number(r[5]), number(r[6])
                });
            }
        }
        return chosen;
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
