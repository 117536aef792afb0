package dev.shoplens.models.baselines;

import java.util.List;
import org.apache.commons.numbers.gamma.LogGamma;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * The BG/NBD model of Fader, Hardie &amp; Lee (2005), "Counting Your Customers the Easy Way": while alive a customer
 * buys as a Poisson process with rate λ ~ Gamma(r, α); after each purchase they drop out with probability
 * p ~ Beta(a, b). It is the standard baseline for "will this customer buy again", so ShopLens' own models are
 * judged beside it.
 *
 * <p>Time is in whatever unit the histories use (weeks in the paper). A history is (x, t_x, T): x repeat purchases,
 * the last at t_x, observed until T, both measured from the first purchase.
 */
public record BgNbd(double r, double alpha, double a, double b) {

    public BgNbd {
        if (!(r > 0 && alpha > 0 && a > 0 && b > 0)) {
            throw new IllegalArgumentException(
                    "BG/NBD parameters must be positive: " + r + ", " + alpha + ", " + a + ", " + b);
        }
    }

    /** One customer's purchase history in the model's terms. */
    public record History(int x, double tx, double t) {
        public History {
            if (x < 0 || tx < 0 || t < tx || (x == 0 && tx != 0)) {
                throw new IllegalArgumentException(
                        "need x >= 0, 0 <= t_x <= T, t_x = 0 when x = 0: " + x + ", " + tx + ", " + t);
            }
        }
    }

    /** Log-likelihood of one history: the log of equation (6) of the paper. */
    public double logLikelihood(History h) {
        double rx = r + h.x();
        double a1 = LogGamma.value(rx) - LogGamma.value(r) + r * Math.log(alpha);
        double a2 =
                LogGamma.value(a + b) + LogGamma.value(b + h.x()) - LogGamma.value(b) - LogGamma.value(a + b + h.x());
        double a3 = -rx * Math.log(alpha + h.t());
        if (h.x() == 0) {
            return a1 + a2 + a3;
        }
        double a4 = Math.log(a) - Math.log(b + h.x() - 1) - rx * Math.log(alpha + h.tx());
        return a1 + a2 + logSumExp(a3, a4);
    }

    public double logLikelihood(List<History> histories) {
        double sum = 0;
        for (History h : histories) {
            sum += logLikelihood(h);
        }
        return sum;
    }

    /** Probability that the customer is still alive at T (equation 11 of the paper's technical note). */
    public double probabilityAlive(History h) {
        if (h.x() == 0) {
            return 1;
        }
        double odds = a / (b + h.x() - 1) * Math.exp((r + h.x()) * Math.log((alpha + h.t()) / (alpha + h.tx())));
        return 1 / (1 + odds);
    }

    /**
     * Probability of at least one purchase in (T, T + t]: alive at T, and the Gamma-updated Poisson process gives at
     * least one event (a customer can only drop out right after a purchase, so none in between).
     */
    public double probabilityOfPurchase(History h, double t) {
        double none = Math.exp((r + h.x()) * Math.log((alpha + h.t()) / (alpha + h.t() + t)));
        return probabilityAlive(h) * (1 - none);
    }

    /**
     * Expected number of purchases in (T, T + t] (equation 10 of the paper). The Gauss hypergeometric function is
     * taken after Euler's transformation, 2F1(r+x, b+x; a+b+x-1; z) = (1-z)^(a-1-r-x) 2F1(a+b-1-r, a-1; a+b+x-1; z),
     * whose series stays small for heavy buyers where the original one overflows.
     */
    public double expectedPurchases(History h, double t) {
        double z = t / (alpha + h.t() + t);
        double c = a + b + h.x() - 1;
        double transformed = Hypergeometric.f21(a + b - 1 - r, a - 1, c, z);
        double bracket = 1 - Math.pow(1 - z, a - 1) * transformed;
        double front = c / (a - 1);
        double alive = h.x() == 0
                ? 1
                : 1 + a / (b + h.x() - 1) * Math.exp((r + h.x()) * Math.log((alpha + h.t()) / (alpha + h.tx())));
        return front * bracket / alive;
    }

    /**
     * The maximum-likelihood fit to {@code histories}: Nelder-Mead on the logs of the parameters (so they stay
     * positive), restarted from its own result until the likelihood stops improving, since one simplex run can stall
     * on the flat ridge between a and b.
     */
    public static BgNbd fit(List<History> histories) {
        if (histories.isEmpty()) {
            throw new IllegalArgumentException("need at least one history to fit BG/NBD");
        }
        ObjectiveFunction objective = new ObjectiveFunction(p -> {
            BgNbd m = fromLogs(p);
            return m == null ? Double.NEGATIVE_INFINITY : m.logLikelihood(histories);
        });
        double[] start = {0, 0, 0, 0};
        double best = Double.NEGATIVE_INFINITY;
        for (int round = 0; round < 8; round++) {
            PointValuePair found = new SimplexOptimizer(1e-10, 1e-8)
                    .optimize(
                            new MaxEval(20_000),
                            objective,
                            GoalType.MAXIMIZE,
                            new InitialGuess(start),
                            new NelderMeadSimplex(4, 0.5));
            start = found.getPoint();
            if (found.getValue() - best < 1e-6) {
                break;
            }
            best = found.getValue();
        }
        return fromLogs(start);
    }

    private static BgNbd fromLogs(double[] p) {
        for (double v : p) {
            if (!Double.isFinite(v) || Math.abs(v) > 30) {
                return null;
            }
        }
        return new BgNbd(Math.exp(p[0]), Math.exp(p[1]), Math.exp(p[2]), Math.exp(p[3]));
    }

    private static double logSumExp(double u, double v) {
        double m = Math.max(u, v);
        return m + Math.log(Math.exp(u - m) + Math.exp(v - m));
    }
}
