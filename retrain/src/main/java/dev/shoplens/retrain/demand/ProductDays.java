package dev.shoplens.retrain.demand;

import dev.shoplens.retrain.history.StoreSql;
import dev.shoplens.store.StoreException;
import dev.shoplens.store.StoreSettings;
import dev.shoplens.store.read.SqlShopReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Every product's closed days as the feature job wrote them ({@code product_daily}): units sold net of returns. */
final class ProductDays {

    private ProductDays() {}

    /** Units net of returns per product and day, for the days up to {@code lastDay}. */
    static Map<String, TreeMap<LocalDate, Double>> read(StoreSettings store, LocalDate lastDay) {
        Map<String, TreeMap<LocalDate, Double>> byProduct = new HashMap<>();
        for (Object[] r : query(
                store,
                "SELECT product_id, day, units_sold - units_returned FROM product_daily" + StoreSql.current(store)
                        + " WHERE day <= ?",
                lastDay)) {
            byProduct
                    .computeIfAbsent((String) r[0], k -> new TreeMap<>())
                    .put(date(r[1]), ((Number) r[2]).doubleValue());
        }
        return byProduct;
    }

    /** The newest day the store holds; empty for a store without product days. */
    static Optional<LocalDate> newestDay(StoreSettings store) {
        Object[] r = query(store, "SELECT max(day), count(*) FROM product_daily" + StoreSql.current(store))
                .get(0);
        return ((Number) r[1]).longValue() == 0 ? Optional.empty() : Optional.of(date(r[0]));
    }

    private static java.util.List<Object[]> query(StoreSettings store, String sql, Object... params) {
        try (Connection c = StoreSql.connect(store)) {
            return SqlShopReader.rows(c, sql, params);
        } catch (SQLException e) {
            throw new StoreException("reading the product days failed: " + sql, e);
        }
    }

    private static LocalDate date(Object value) {
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return (LocalDate) value;
    }
}
