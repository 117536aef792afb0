package dev.shoplens.forecast;

import org.apache.commons.statistics.distribution.GammaDistribution;

/**
 * Demand over some days as a distribution: a gamma distribution with the given mean and variance. Gamma because
 * demand is never negative and is skewed to the right when it is small, which a normal distribution is not; it is the
 * usual choice for lead-time demand in inventory control. No variance means the demand is known exactly.
 *
 * <p>A single day of a product that sells on few days has a point mass at zero: {@code noDemand} is the chance of a
 * day without demand, and the gamma describes the days with demand (its mean and variance follow from the whole
 * day's). Without it a band's lower end is a sliver above zero, and every day without a sale falls outside it.
 */
public record DemandDistribution(double mean, double variance, double noDemand) {

    public DemandDistribution {
        if (!(mean >= 0) || !(variance >= 0)) {
            throw new IllegalArgumentException("mean and variance must be zero or positive: " + mean + ", " + variance);
        }
        if (!(noDemand >= 0 && noDemand < 1)) {
            throw new IllegalArgumentException("the chance of no demand must lie in [0, 1), was " + noDemand);
        }
    }

    /** Demand without a point mass at zero. */
    public DemandDistribution(double mean, double variance) {
        this(mean, variance, 0);
    }

    /** The demand that is not exceeded with probability {@code p} (0 < p < 1). */
    public double quantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p must lie strictly between 0 and 1, was " + p);
        }
        if (mean == 0 || p <= noDemand) {
            return 0;
        }
        if (noDemand == 0) {
            return gammaQuantile(mean, variance, p);
        }
        // The days with demand: mean m/(1-q), and the variance that keeps the whole day's variance, where it can.
        double share = 1 - noDemand;
        double positiveMean = mean / share;
        double positiveVariance = Math.max((variance + mean * mean) / share - positiveMean * positiveMean, 0);
        return gammaQuantile(positiveMean, positiveVariance, (p - noDemand) / share);
    }

    private static double gammaQuantile(double mean, double variance, double p) {
        if (variance < 1e-12 * mean) {
            return mean;
        }
        double scale = variance / mean;
        return GammaDistribution.of(mean / scale, scale).inverseCumulativeProbability(p);
    }
}
