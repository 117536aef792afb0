package dev.shoplens.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The products on sale and how browsers pick among them: first a category (the visitor's preferences times the
 * category's weekend uplift), then a product within it (popularity times its slow trend).
 */
final class Catalogue {

    private static final double ZIPF_EXPONENT = 1.07;
    private static final double PRICE_SPREAD = 0.6;
    private static final double TREND_SPREAD_PER_DAY = 0.004;

    private final ShopCalendar calendar;
    private final List<Product> products;
    private final int[][] membersByCategory;
    private final double[][] cumulativeByCategory;
    private final double[] baseCategoryWeights;
    private int tablesDay = -1;

    Catalogue(int size, SplittableRandom rng, ShopCalendar calendar) {
        this.calendar = calendar;
        this.products = generate(size, rng);
        int categories = Category.ALL.size();
        int[] counts = new int[categories];
        for (Product p : products) {
            counts[p.category()]++;
        }
        membersByCategory = new int[categories][];
        cumulativeByCategory = new double[categories][];
        baseCategoryWeights = new double[categories];
        int[] filled = new int[categories];
        for (int c = 0; c < categories; c++) {
            membersByCategory[c] = new int[counts[c]];
            cumulativeByCategory[c] = new double[counts[c]];
            // A category without products must never be chosen, whatever the visitor prefers.
            baseCategoryWeights[c] = counts[c] == 0 ? 0 : Category.ALL.get(c).share();
        }
        for (Product p : products) {
            membersByCategory[p.category()][filled[p.category()]++] = p.index();
        }
    }

    private static List<Product> generate(int size, SplittableRandom rng) {
        double[] shares = new double[Category.ALL.size()];
        double total = 0;
        for (int c = 0; c < shares.length; c++) {
            total += Category.ALL.get(c).share();
            shares[c] = total;
        }
        int[] rank = shuffledRanks(size, rng);
        List<Product> result = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int category = Sampling.pick(shares, shares.length, rng.nextDouble() * total);
            Category cat = Category.ALL.get(category);
            double price =
                    Math.max(0.99, Math.round(Sampling.logNormal(rng, cat.medianPrice(), PRICE_SPREAD) * 100) / 100.0);
            double popularity = 1 / StrictMath.pow(rank[i] + 1, ZIPF_EXPONENT);
            double trend = Sampling.gaussian(rng) * TREND_SPREAD_PER_DAY;
            result.add(new Product(i, String.format("p%04d", i + 1), category, cat.name(), price, popularity, trend));
        }
        return List.copyOf(result);
    }

    /** Popularity ranks in random order, so that product ids say nothing about popularity. */
    private static int[] shuffledRanks(int size, SplittableRandom rng) {
        int[] rank = new int[size];
        for (int i = 0; i < size; i++) {
            rank[i] = i;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int swap = rank[i];
            rank[i] = rank[j];
            rank[j] = swap;
        }
        return rank;
    }

    List<Product> products() {
        return products;
    }

    Product product(int index) {
        return products.get(index);
    }

    /** Category shares with empty categories zeroed; visitors' preferences are multiplied onto these. */
    double[] baseCategoryWeights() {
        return baseCategoryWeights.clone();
    }

    /** Expected share of all views that go to this product at day 0, used to size its stock. */
    double expectedViewShare(Product p) {
        double categoryTotal = 0;
        for (double w : baseCategoryWeights) {
            categoryTotal += w;
        }
        double popularityTotal = 0;
        for (int member : membersByCategory[p.category()]) {
            popularityTotal += products.get(member).popularity();
        }
        return baseCategoryWeights[p.category()] / categoryTotal * p.popularity() / popularityTotal;
    }

    /** A category drawn from the visitor's weights, lifted or lowered by the weekend effect at time t. */
    int pickCategory(SplittableRandom rng, double[] weights, long t) {
        boolean weekend = calendar.isWeekend(t);
        double total = 0;
        for (int c = 0; c < weights.length; c++) {
            total += weights[c] * Category.ALL.get(c).seasonality(weekend);
        }
        double x = rng.nextDouble() * total;
        int last = 0;
        for (int c = 0; c < weights.length; c++) {
            double w = weights[c] * Category.ALL.get(c).seasonality(weekend);
            if (w > 0) {
                last = c;
                if (x < w) {
                    return c;
                }
                x -= w;
            }
        }
        return last; // rounding left x just above the total
    }

    /** A product of the category by popularity and trend as of the day of t. */
    Product pickProduct(SplittableRandom rng, int category, long t) {
        refreshTables(calendar.dayNumber(t));
        double[] cumulative = cumulativeByCategory[category];
        int n = cumulative.length;
        int at = Sampling.pick(cumulative, n, rng.nextDouble() * cumulative[n - 1]);
        return products.get(membersByCategory[category][at]);
    }

    /** Trends move daily, so the lookup tables are rebuilt once per simulated day rather than per view. */
    private void refreshTables(int day) {
        if (day == tablesDay) {
            return;
        }
        tablesDay = day;
        for (int c = 0; c < membersByCategory.length; c++) {
            double sum = 0;
            for (int i = 0; i < membersByCategory[c].length; i++) {
                sum += products.get(membersByCategory[c][i]).weightOn(day);
                cumulativeByCategory[c][i] = sum;
            }
        }
    }
}
