package dev.shoplens.bench.harness;

import java.util.Arrays;

/**
 * Percentiles of a sample, interpolated linearly between the two nearest ranks (the method numpy and R use by
 * default), so that a p95 of few samples moves smoothly instead of jumping from one sample to the next.
 */
public final class Percentiles {

    private final double[] sorted;

    private Percentiles(double[] sorted) {
        this.sorted = sorted;
    }

    public static Percentiles of(double... samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("percentiles of no samples");
        }
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted);
    }

    /** The {@code q} quantile, 0 ≤ q ≤ 1 (0.5 is the median). */
    public double at(double q) {
        if (q < 0 || q > 1) {
            throw new IllegalArgumentException("a quantile lies in [0, 1], was " + q);
        }
        double rank = (sorted.length - 1) * q;
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }

    public double p50() {
        return at(0.50);
    }

    public double p95() {
        return at(0.95);
    }

    public double p99() {
        return at(0.99);
    }

    public double max() {
        return sorted[sorted.length - 1];
    }

    public int count() {
        return sorted.length;
    }
}
