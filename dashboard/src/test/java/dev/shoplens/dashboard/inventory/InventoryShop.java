package dev.shoplens.dashboard.inventory;

import dev.shoplens.dashboard.TestShop;
import dev.shoplens.features.ProductDay;
import dev.shoplens.forecast.DemandForecast;
import dev.shoplens.forecast.DemandPath;
import dev.shoplens.forecast.ForecastAccuracy;
import dev.shoplens.forecast.SeriesLevel;
import dev.shoplens.orders.OrderLineRow;
import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.store.write.ResultWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A store with known forecasts and stock. p1 sells 2 a day and has 10 left: with the default policy (7 days' lead
 * time, 95%) its reorder point is 21 and it runs out in 5 days, before a delivery. p2 sells exactly 3 a day and has
 * 200. p3 reports no stock. Of four orders, three have p1 and p2, one of them p3 too, and one p2 alone.
 */
final class InventoryShop {

    static final LocalDate ORIGIN = LocalDate.of(2026, 3, 1);
    static final Instant AS_OF = Instant.parse("2026-03-02T00:10:00Z");

    private InventoryShop() {}

    static DuckDbSettings create() {
        DuckDbSettings store = TestShop.emptyStore();
        try (ResultWriter writer = store.openWriter()) {
            writer.writeForecasts(List.of(
                    flat(SeriesLevel.PRODUCT, "p1", "toys", 2, 2),
                    flat(SeriesLevel.PRODUCT, "p2", "toys", 3, 0),
                    flat(SeriesLevel.PRODUCT, "p3", "books", 1, 1),
                    flat(SeriesLevel.CATEGORY, "toys", "toys", 5, 2),
                    flat(SeriesLevel.CATEGORY, "books", "books", 1, 1),
                    flat(SeriesLevel.SHOP, "shop", null, 6, 3)));
            List<ProductDay> days = new ArrayList<>();
            for (int d = 13; d >= 0; d--) {
                LocalDate day = ORIGIN.minusDays(d);
                days.add(day("p1", "toys", day, 2, 10 + 2 * d));
                days.add(day("p2", "toys", day, 3, 200));
                days.add(day("p3", "books", day, 1, null));
            }
            writer.writeProductDays(days);
            writer.writeOrderLines(List.of(
                    line("o1", 0, "p1"),
                    line("o1", 1, "p2"),
                    line("o2", 0, "p1"),
                    line("o2", 1, "p2"),
                    line("o3", 0, "p1"),
                    line("o3", 1, "p2"),
                    line("o3", 2, "p3"),
                    line("o4", 0, "p2")));
        }
        return store;
    }

    static DemandForecast flat(SeriesLevel level, String id, String category, double mean, double variance) {
        return new DemandForecast(
                level,
                id,
                category,
                ORIGIN,
                "holt_winters",
                DemandPath.constant(28, mean, variance),
                new ForecastAccuracy(0.38, 0.02, 0.52, 40),
                AS_OF);
    }

    private static OrderLineRow line(String order, int line, String product) {
        return new OrderLineRow("e-" + order, order, line, product, AS_OF, "purchase", 1, 5.0);
    }

    private static ProductDay day(String product, String category, LocalDate day, int sold, Integer stock) {
        return new ProductDay(product, day, category, sold, 0, sold * 5.0, 3, 1, stock, AS_OF);
    }
}
