package dev.shoplens.forecast;

import java.util.Arrays;

/**
 * Expected demand for each of the days after a forecast's origin (day 1 is the day after it), with each day's
 * variance and the chance that a day has no demand at all ({@code noDemand}, for products that sell on few days; see
 * {@link DemandDistribution}). Days are taken as independent when they are added up, so the variance of a sum is the
 * sum of variances.
 */
public record DemandPath(double[] mean, double[] variance, double noDemand) {

    public DemandPath {
        if (mean.length != variance.length || mean.length == 0) {
            throw new IllegalArgumentException("mean and variance need the same, non-zero number of days");
        }
        if (!(noDemand >= 0 && noDemand < 1)) {
            throw new IllegalArgumentException("the chance of no demand must lie in [0, 1), was " + noDemand);
        }
        for (int i = 0; i < mean.length; i++) {
            if (!(mean[i] >= 0) || !(variance[i] >= 0)) {
                throw new IllegalArgumentException("day " + (i + 1) + " has a negative or undefined mean or variance");
            }
        }
        mean = mean.clone();
        variance = variance.clone();
    }

    /** A path without a point mass at zero. */
    public DemandPath(double[] mean, double[] variance) {
        this(mean, variance, 0);
    }

    /** The same expected demand and variance every day. */
    public static DemandPath constant(int days, double mean, double variance) {
        double[] m = new double[days];
        double[] v = new double[days];
        Arrays.fill(m, mean);
        Arrays.fill(v, variance);
        return new DemandPath(m, v);
    }

    public int days() {
        return mean.length;
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] variance() {
        return variance.clone();
    }

    /** Demand on day {@code day} (1 = the day after the origin). */
    public DemandDistribution day(int day) {
        return new DemandDistribution(mean[day - 1], variance[day - 1], noDemand);
    }

    /** Total demand over the first {@code days} days. */
    public DemandDistribution over(int days) {
        if (days < 1 || days > mean.length) {
            throw new IllegalArgumentException("days must lie in 1.." + mean.length + ", was " + days);
        }
        double m = 0;
        double v = 0;
        for (int i = 0; i < days; i++) {
            m += mean[i];
            v += variance[i];
        }
        return new DemandDistribution(m, v);
    }

    /**
     * How many days {@code stock} lasts at the expected demand, interpolated within the day it runs out (2.5: half
     * way through day 3); null when it outlasts the path.
     */
    public Double coverDays(double stock) {
        if (stock <= 0) {
            return 0.0;
        }
        double left = stock;
        for (int i = 0; i < mean.length; i++) {
            if (mean[i] >= left && mean[i] > 0) {
                return i + left / mean[i];
            }
            left -= mean[i];
        }
        return null;
    }

    /** Expected demand per day over the whole path. */
    public double meanPerDay() {
        return over(mean.length).mean() / mean.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DemandPath p
                && Arrays.equals(mean, p.mean)
                && Arrays.equals(variance, p.variance)
                && noDemand == p.noDemand;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(mean) + Arrays.hashCode(variance)) + Double.hashCode(noDemand);
    }

    @Override
    public String toString() {
        return "DemandPath" + Arrays.toString(mean);
    }
}
