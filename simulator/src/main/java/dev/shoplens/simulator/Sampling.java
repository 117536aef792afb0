package dev.shoplens.simulator;

import java.util.SplittableRandom;

/**
 * The random distributions the shop draws from. Written out here with StrictMath rather than taken from the JDK's
 * {@code nextGaussian}/{@code nextExponential}, whose algorithms may change between Java versions: a seed must give
 * the same shop on every JVM.
 */
final class Sampling {

    private Sampling() {}

    /** Exponential with mean 1. */
    static double exponential(SplittableRandom rng) {
        return -StrictMath.log(1.0 - rng.nextDouble());
    }

    /** Standard normal (Marsaglia polar method; the second value is dropped to keep this stateless). */
    static double gaussian(SplittableRandom rng) {
        double u;
        double v;
        double s;
        do {
            u = 2 * rng.nextDouble() - 1;
            v = 2 * rng.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * StrictMath.sqrt(-2 * StrictMath.log(s) / s);
    }

    /** Gamma(shape, scale), mean shape * scale (Marsaglia and Tsang). */
    static double gamma(SplittableRandom rng, double shape, double scale) {
        if (shape < 1) {
            double u = 1.0 - rng.nextDouble();
            return gamma(rng, shape + 1, scale) * StrictMath.pow(u, 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / StrictMath.sqrt(9 * d);
        while (true) {
            double x = gaussian(rng);
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = rng.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || StrictMath.log(u) < 0.5 * x * x + d * (1 - v + StrictMath.log(v))) {
                return d * v * scale;
            }
        }
    }

    /** Beta(a, b), mean a / (a + b). */
    static double beta(SplittableRandom rng, double a, double b) {
        double x = gamma(rng, a, 1);
        double y = gamma(rng, b, 1);
        return x / (x + y);
    }

    /** Log-normal with the given median and log-scale spread. */
    static double logNormal(SplittableRandom rng, double median, double sigma) {
        return median * StrictMath.exp(sigma * gaussian(rng));
    }

    /** Number of failures before the first success, with the given mean; capped to keep sessions finite. */
    static int geometric(SplittableRandom rng, double mean, int cap) {
        double p = 1 / (1 + mean);
        double failures = StrictMath.floor(StrictMath.log(1.0 - rng.nextDouble()) / StrictMath.log(1 - p));
        return (int) Math.min(cap, failures);
    }

    /** Index i such that cumulative[i-1] <= x < cumulative[i]; cumulative must be non-decreasing. */
    static int pick(double[] cumulative, int length, double x) {
        int low = 0;
        int high = length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] > x) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** Milliseconds uniformly in [from, to). */
    static long between(SplittableRandom rng, long from, long to) {
        return from + rng.nextLong(to - from);
    }
}
