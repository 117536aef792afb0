package dev.shoplens.models.baselines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.GammaDistribution;
import org.junit.jupiter.api.Test;

class BgNbdTest {

    /** The published fit to the CDNOW data (Fader, Hardie & Lee 2005), time in weeks. */
    static final BgNbd CDNOW = new BgNbd(0.243, 4.414, 0.793, 2.426);

    @Test
    void logLikelihoodMatchesHandComputedCases() {
        // r = α = a = b = 1, no repeat purchase, T = 1: A1 = 1, A2 = 1, A3 = (1/2)^1.
        assertEquals(Math.log(0.5), new BgNbd(1, 1, 1, 1).logLikelihood(new BgNbd.History(0, 0, 1)), 1e-12);
        // r = α = a = 1, b = 2, x = 1, t_x = 1, T = 2: A1 = Γ(2)/Γ(1) = 1, A2 = Γ(3)Γ(3)/(Γ(2)Γ(4)) = 2/3,
        // A3 = (1/3)^2 = 1/9, A4 = a/(b+x-1) (1/(α+t_x))^2 = 1/2 * 1/4 = 1/8; L = 2/3 (1/9 + 1/8) = 34/216.
        assertEquals(Math.log(34.0 / 216), new BgNbd(1, 1, 1, 2).logLikelihood(new BgNbd.History(1, 1, 2)), 1e-12);
    }

    @Test
    void hypergeometricSeriesMatchesClosedForms() {
        for (double z : new double[] {0, 0.1, 0.5, 0.9}) {
            double expected = z == 0 ? 1 : -Math.log(1 - z) / z;
            assertEquals(expected, Hypergeometric.f21(1, 1, 2, z), 1e-12, "2F1(1,1;2;z) = -ln(1-z)/z");
            // 2F1(a, b; b; z) = (1 - z)^-a
            assertEquals(Math.pow(1 - z, -2.5), Hypergeometric.f21(2.5, 3, 3, z), 1e-10);
        }
        assertThrows(IllegalArgumentException.class, () -> Hypergeometric.f21(1, 1, 2, 1));
    }

    @Test
    void probabilityAliveFollowsTheHistory() {
        assertEquals(1, CDNOW.probabilityAlive(new BgNbd.History(0, 0, 30)));
        // the same number of purchases, the last one long ago: less likely alive
        double recent = CDNOW.probabilityAlive(new BgNbd.History(3, 29, 30));
        double long_ago = CDNOW.probabilityAlive(new BgNbd.History(3, 5, 30));
        assertEquals(true, recent > long_ago, recent + " > " + long_ago);
    }

    @Test
    void expectedPurchasesAndPurchaseProbabilityAgreeWithTheProcessItself() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(11L);
        Population population = new Population(CDNOW, rng);
        int n = 200_000;
        double t = 20;
        double purchases = 0;
        int buyers = 0;
        for (int i = 0; i < n; i++) {
            int x = population.next(t).x();
            purchases += x;
            buyers += x > 0 ? 1 : 0;
        }
        // A customer just acquired (x = 0, T = 0) is a draw from the population.
        BgNbd.History fresh = new BgNbd.History(0, 0, 0);
        assertEquals(purchases / n, CDNOW.expectedPurchases(fresh, t), 0.02 * purchases / n);
        assertEquals((double) buyers / n, CDNOW.probabilityOfPurchase(fresh, t), 0.005);
    }

    @Test
    void fitRecoversKnownParametersFromDataTheModelGenerated() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(7L);
        Population population = new Population(CDNOW, rng);
        List<BgNbd.History> histories = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            // As in CDNOW: acquired over the first 12 weeks, observed until week 39.
            histories.add(population.next(39 - 12 * rng.nextDouble()));
        }
        BgNbd fit = BgNbd.fit(histories);
        System.out.printf(
                "BG/NBD fit on 40,000 generated customers: r=%.3f alpha=%.3f a=%.3f b=%.3f (true 0.243 4.414 0.793"
                        + " 2.426)%n",
                fit.r(), fit.alpha(), fit.a(), fit.b());
        assertEquals(CDNOW.r(), fit.r(), 0.10 * CDNOW.r());
        assertEquals(CDNOW.alpha(), fit.alpha(), 0.10 * CDNOW.alpha());
        assertEquals(CDNOW.a(), fit.a(), 0.25 * CDNOW.a());
        assertEquals(CDNOW.b(), fit.b(), 0.25 * CDNOW.b());
        assertEquals(true, fit.logLikelihood(histories) >= CDNOW.logLikelihood(histories) - 1e-6);
    }

    /** Customers drawn from the BG/NBD process: λ ~ Gamma(r, α), p ~ Beta(a, b), drop-out only after a repeat. */
    static final class Population {
        private final UniformRandomProvider rng;
        private final ContinuousDistribution.Sampler lambda;
        private final ContinuousDistribution.Sampler dropout;

        Population(BgNbd m, UniformRandomProvider rng) {
            this.rng = rng;
            this.lambda = GammaDistribution.of(m.r(), 1 / m.alpha()).createSampler(rng);
            this.dropout = BetaDistribution.of(m.a(), m.b()).createSampler(rng);
        }

        BgNbd.History next(double observedFor) {
            double rate = lambda.sample();
            double p = dropout.sample();
            int x = 0;
            double tx = 0;
            double time = 0;
            while (true) {
                time += -Math.log(1 - rng.nextDouble()) / rate;
                if (time > observedFor) {
                    break;
                }
                x++;
                tx = time;
                if (rng.nextDouble() < p) {
                    break;
                }
            }
            return new BgNbd.History(x, tx, observedFor);
        }
    }
}
