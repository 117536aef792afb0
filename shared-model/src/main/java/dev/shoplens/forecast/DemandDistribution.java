package dev.shoplens.forecast;

import org.apache.commons.statistics.distribution.GammaDistribution;

/**
 * Demand over some days as a distribution: a gamma distribution with the given mean and variance. Gamma because
 * demand is never negative and is skewed to the right when it is small, which a normal distribution is not; it is the
 * usual choice for lead-time demand in inventory control. No variance means the demand is known exactly.
 */
public record DemandDistribution(double mean, double variance) {

    public DemandDistribution {
        if (!(mean >= 0) || !(variance >= 0)) {
            throw new IllegalArgumentException("mean and variance must be zero or positive: " + mean + ", " + variance);
        }
    }

    /** The demand that is not exceeded with probability {@code p} (0 < p < 1). */
    public double quantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p must lie strictly between 0 and 1, was " + p);
        }
        if (mean == 0) {
            return 0;
        }
        if (variance < 1e-12 * mean) {
            return mean;
        }
        double scale = variance / mean;
        return GammaDistribution.of(mean / scale, scale).inverseCumulativeProbability(p);
    }
}
