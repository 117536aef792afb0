package dev.shoplens.retrain.demand;

import dev.shoplens.features.ProductDay;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Constructed product series with known character, seeded: products that sell every weekday with a strong weekly
 * pattern on a rising trend (with about the spread of Poisson counts), and intermittent products that sell a few units on one day in {@value #GAP} at random.
 */
final class DemandShop {

    static final LocalDate FIRST = LocalDate.of(2026, 1, 5); // a Monday
    static final int GAP = 12;

    /** Monday to Sunday: Mondays sell three times a Wednesday, weekends nothing. */
    static final double[] WEEK = {3, 1.5, 1, 1, 0.5, 0, 0};

    private DemandShop() {}

    /** Demand of a weekly product of {@code size} on day {@code t}: the week's shape on a level that doubles in 100 days. */
    static double weekly(double size, int t, Random random) {
        double level = size * (1 + t / 100.0);
        double mean = level * WEEK[FIRST.plusDays(t).getDayOfWeek().getValue() - 1];
        return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian())); // about Poisson's spread
    }

    static double intermittent(int t, Random random) {
        return random.nextInt(GAP) == 0 ? 1 + random.nextInt(6) : 0;
    }

    /** {@code weekly} weekly products ("w0", ...) and {@code intermittent} intermittent ones ("i0", ...). */
    static Map<String, TreeMap<LocalDate, Double>> shop(int weekly, int intermittent, int days, long seed) {
        Random random = new Random(seed);
        Map<String, TreeMap<LocalDate, Double>> products = new TreeMap<>();
        for (int p = 0; p < weekly; p++) {
            TreeMap<LocalDate, Double> series = new TreeMap<>();
            for (int t = 0; t < days; t++) {
                series.put(FIRST.plusDays(t), weekly(2 + p, t, random));
            }
            products.put("w" + p, series);
        }
        for (int p = 0; p < intermittent; p++) {
            TreeMap<LocalDate, Double> series = new TreeMap<>();
            series.put(FIRST, 3.0);
            for (int t = 1; t < days; t++) {
                series.put(FIRST.plusDays(t), intermittent(t, random));
            }
            products.put("i" + p, series);
        }
        return products;
    }

    /** The same days as the feature job writes them. */
    static List<ProductDay> productDays(Map<String, TreeMap<LocalDate, Double>> shop, Instant asOf) {
        List<ProductDay> rows = new ArrayList<>();
        shop.forEach((id, days) -> days.forEach((day, units) -> {
            if (units > 0) {
                rows.add(new ProductDay(id, day, "c", units.intValue(), 0, units * 2, 0, 0, null, asOf));
            }
        }));
        return rows;
    }
}
