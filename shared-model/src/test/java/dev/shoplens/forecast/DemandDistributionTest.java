package dev.shoplens.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DemandDistributionTest {

    @Test
    void quantilesOfAGammaMatchTheChiSquareTable() {
        // Gamma(shape k, scale 1) is half a chi-square with 2k degrees of freedom: chi2(0.95; 28) = 41.337.
        DemandDistribution demand = new DemandDistribution(14, 14);

        assertThat(demand.quantile(0.95)).isCloseTo(41.337 / 2, within(0.001));
        // chi2(0.05; 28) = 16.928, chi2(0.5; 28) = 27.336
        assertThat(demand.quantile(0.05)).isCloseTo(16.928 / 2, within(0.001));
        assertThat(demand.quantile(0.5)).isCloseTo(27.336 / 2, within(0.001));
    }

    @Test
    void noDemandAndKnownDemandAreExact() {
        assertThat(new DemandDistribution(0, 0).quantile(0.9)).isZero();
        assertThat(new DemandDistribution(0, 3).quantile(0.9)).isZero();
        assertThat(new DemandDistribution(5, 0).quantile(0.1)).isEqualTo(5);
        assertThat(new DemandDistribution(5, 0).quantile(0.99)).isEqualTo(5);
    }

    @Test
    void aRareLargeDemandHasAZeroMedianAndAWideUpperTail() {
        DemandDistribution rare = new DemandDistribution(0.2, 4);

        assertThat(rare.quantile(0.5)).isLessThan(0.01);
        assertThat(rare.quantile(0.99)).isGreaterThan(5);
    }

    @Test
    void aDayWithAChanceOfNoDemandHasItsBandFromZero() {
        // Half the days sell nothing; the days that sell follow Gamma(2, 1): mean 2, variance 2. The whole day then
        // has mean 1 and variance 0.5 * (2 + 4) - 1 = 2.
        DemandDistribution day = new DemandDistribution(1, 2, 0.5);

        assertThat(day.quantile(0.1)).isZero();
        assertThat(day.quantile(0.5)).isZero();
        // P90 of the day is the 0.8 quantile of Gamma(2, 1): 1 - e^-x (1 + x) = 0.8 at x = 2.9943.
        assertThat(day.quantile(0.9)).isCloseTo(2.9943, within(0.0001));
        assertThatThrownBy(() -> new DemandDistribution(1, 2, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesNegativeMomentsAndProbabilitiesOutsideTheOpenInterval() {
        assertThatThrownBy(() -> new DemandDistribution(-1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DemandDistribution(1, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DemandDistribution(1, 1).quantile(1)).isInstanceOf(IllegalArgumentException.class);
    }
}
