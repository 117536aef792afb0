package dev.shoplens.models.demand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every product's daily demand (units net of returns, cut at zero) on one calendar, from the first day any product
 * sold to {@code lastDay}, and the shop's total. A day without a row is a day without demand; before a product's
 * first sale it has no history ({@link #firstSale}), so its features do not count those days.
 */
public final class DailyDemand {

    private final LocalDate firstDay;
    private final List<String> products;
    private final double[][] units;
    private final int[] firstSale;
    private final double[] shop;

    private DailyDemand(LocalDate firstDay, List<String> products, double[][] units, int[] firstSale, double[] shop) {
        this.firstDay = firstDay;
        this.products = products;
        this.units = units;
        this.firstSale = firstSale;
        this.shop = shop;
    }

    /**
     * The days of each product (by id, in id order) up to {@code lastDay}; days after it are left out. Products
     * without a day up to it are left out too.
     */
    public static DailyDemand of(Map<String, ? extends Map<LocalDate, Double>> byProduct, LocalDate lastDay) {
        TreeMap<String, Map<LocalDate, Double>> sorted = new TreeMap<>(byProduct);
        LocalDate first = null;
        for (Map<LocalDate, Double> days : sorted.values()) {
            for (LocalDate d : days.keySet()) {
                if (!d.isAfter(lastDay) && (first == null || d.isBefore(first))) {
                    first = d;
                }
            }
        }
        if (first == null) {
            throw new IllegalArgumentException("no product has a day up to " + lastDay);
        }
        int length = (int) (lastDay.toEpochDay() - first.toEpochDay() + 1);
        List<String> ids = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        double[] shop = new double[length];
        for (Map.Entry<String, Map<LocalDate, Double>> e : sorted.entrySet()) {
            double[] row = new double[length];
            int start = Integer.MAX_VALUE;
            for (Map.Entry<LocalDate, Double> day : e.getValue().entrySet()) {
                int i = (int) (day.getKey().toEpochDay() - first.toEpochDay());
                if (i < length) {
                    row[i] += day.getValue();
                    start = Math.min(start, i);
                }
            }
            if (start == Integer.MAX_VALUE) {
                continue;
            }
            for (int i = 0; i < length; i++) {
                row[i] = Math.max(0, row[i]); // returns beyond the day's sales are not demand
                shop[i] += row[i];
            }
            ids.add(e.getKey());
            rows.add(row);
            starts.add(start);
        }
        return new DailyDemand(
                first,
                List.copyOf(ids),
                rows.toArray(double[][]::new),
                starts.stream().mapToInt(Integer::intValue).toArray(),
                shop);
    }

    public List<String> products() {
        return products;
    }

    public int days() {
        return shop.length;
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public LocalDate day(int index) {
        return firstDay.plusDays(index);
    }

    /** Index of {@code day} on the calendar (negative before the first day). */
    public int index(LocalDate day) {
        return (int) (day.toEpochDay() - firstDay.toEpochDay());
    }

    /** Demand of product {@code p} on day index {@code t}; 0 outside the calendar. */
    public double units(int p, int t) {
        return t >= 0 && t < shop.length ? units[p][t] : 0;
    }

    /** Product {@code p}'s days, from its first sale to the last day. */
    public double[] history(int p) {
        return java.util.Arrays.copyOfRange(units[p], firstSale[p], shop.length);
    }

    public int firstSale(int p) {
        return firstSale[p];
    }

    public double shop(int t) {
        return t >= 0 && t < shop.length ? shop[t] : 0;
    }

    /** 0 = Monday ... 6 = Sunday. */
    public int weekday(int t) {
        return day(t).getDayOfWeek().getValue() - 1;
    }
}
