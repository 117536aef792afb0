package dev.shoplens.launcher.backtest;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A rule of thumb an analyst would try first: customers are put in buckets by recency (days since their last
 * order) or frequency (orders so far), and each bucket predicts what customers in it did over one horizon earlier
 * in the calibration period (from {@code cutoff - horizon} to the cutoff). Nothing after the cutoff is used.
 */
final class RuleBaseline {

    /** How a rule buckets a customer's orders as of a time. */
    enum Rule {
        RECENCY("recency rule", new double[] {7, 14, 30, 60, 90, 180, 365}) {
            @Override
            double measure(ShopHistory.Orders orders, long asOf) {
                return (asOf - orders.last()) / (double) DAY;
            }
        },
        FREQUENCY("frequency rule", new double[] {2, 3, 4, 6, 10, 20}) {
            @Override
            double measure(ShopHistory.Orders orders, long asOf) {
                return orders.count();
            }
        };

        final String label;
        private final double[] bounds;

        Rule(String label, double[] bounds) {
            this.label = label;
            this.bounds = bounds;
        }

        abstract double measure(ShopHistory.Orders orders, long asOf);

        /** Bucket 0 holds customers without orders; the others follow the bounds. */
        int bucket(ShopHistory.Orders orders, long asOf) {
            if (orders.count() == 0) {
                return 0;
            }
            double m = measure(orders, asOf);
            int i = 0;
            while (i < bounds.length && m >= bounds[i]) {
                i++;
            }
            return i + 1;
        }

        int buckets() {
            return bounds.length + 2;
        }
    }

    static final long DAY = 86_400_000L;

    /** Why the rules are missing from a backtest whose calibration period is not longer than its horizon. */
    static final String NEEDS_A_HORIZON = "The recency and frequency rules need a horizon's worth of history before"
            + " the calibration end (they learn what each bucket did over the last horizon before it): no customer"
            + " was seen that early, so they are not reported.";

    private final Rule rule;
    private final double[] rate;
    private final double[] meanOrders;

    private RuleBaseline(Rule rule, double[] rate, double[] meanOrders) {
        this.rule = rule;
        this.rate = rate;
        this.meanOrders = meanOrders;
    }

    /**
     * Learns each bucket's purchase rate and mean orders from the last horizon before the cutoff; a bucket without
     * customers then takes the overall figures.
     *
     * @param known each customer seen before the inner cutoff, with all their orders before the cutoff
     * @return empty when no customer was seen a whole horizon before the cutoff (a horizon as long as the
     *     calibration period, as in the field's 39 + 39-week split): the rules have nothing to learn from
     */
    static Optional<RuleBaseline> fit(Rule rule, List<ShopHistory.Orders> known, long innerCutoff, long cutoff) {
        int k = rule.buckets();
        long[] n = new long[k];
        double[] buyers = new double[k];
        double[] orders = new double[k];
        for (ShopHistory.Orders all : known) {
            int b = rule.bucket(all.before(innerCutoff), innerCutoff);
            int later = all.between(innerCutoff, cutoff);
            n[b]++;
            buyers[b] += later > 0 ? 1 : 0;
            orders[b] += later;
        }
        long total = Arrays.stream(n).sum();
        if (total == 0) {
            return Optional.empty();
        }
        double overallRate = Arrays.stream(buyers).sum() / total;
        double overallOrders = Arrays.stream(orders).sum() / total;
        double[] rate = new double[k];
        double[] mean = new double[k];
        for (int b = 0; b < k; b++) {
            rate[b] = n[b] == 0 ? overallRate : buyers[b] / n[b];
            mean[b] = n[b] == 0 ? overallOrders : orders[b] / n[b];
        }
        return Optional.of(new RuleBaseline(rule, rate, mean));
    }

    String name() {
        return rule.label;
    }

    double probability(ShopHistory.Orders orders, long cutoff) {
        return rate[rule.bucket(orders, cutoff)];
    }

    double expectedOrders(ShopHistory.Orders orders, long cutoff) {
        return meanOrders[rule.bucket(orders, cutoff)];
    }
}
