package dev.shoplens.models.baselines;

/**
 * The Gauss hypergeometric function 2F1, which BG/NBD's expected purchases need and which neither Hipparchus nor
 * Apache Commons Numbers offers. Summed as its power series, so only for |z| &lt; 1; callers transform their
 * arguments so the terms stay small.
 */
final class Hypergeometric {

    private static final int MAX_TERMS = 100_000;

    private Hypergeometric() {}

    /** 2F1(a, b; c; z) = Σ (a)_k (b)_k / (c)_k z^k / k!, for 0 &lt;= z &lt; 1 and c not a non-positive integer. */
    static double f21(double a, double b, double c, double z) {
        if (!(z >= 0 && z < 1)) {
            throw new IllegalArgumentException("the series needs 0 <= z < 1, was " + z);
        }
        double term = 1;
        double sum = 1;
        for (int k = 0; k < MAX_TERMS; k++) {
            term *= (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
            sum += term;
            if (Math.abs(term) <= 1e-16 * Math.abs(sum)) {
                return sum;
            }
        }
        throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z + ") did not converge");
    }
}
