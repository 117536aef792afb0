package dev.shoplens.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DemandPathTest {

    static final DemandPath PATH = new DemandPath(new double[] {2, 0, 4, 1}, new double[] {1, 0, 2, 3});

    @Test
    void sumsMeansAndVariancesOverTheFirstDays() {
        assertThat(PATH.over(1)).isEqualTo(new DemandDistribution(2, 1));
        assertThat(PATH.over(3)).isEqualTo(new DemandDistribution(6, 3));
        assertThat(PATH.over(4)).isEqualTo(new DemandDistribution(7, 6));
        assertThat(PATH.meanPerDay()).isEqualTo(7 / 4.0);
    }

    @Test
    void coverRunsUntilTheExpectedDemandUsesTheStockUp() {
        assertThat(PATH.coverDays(0)).isZero();
        assertThat(PATH.coverDays(1)).isCloseTo(0.5, within(1e-12)); // half of day 1's 2 units
        assertThat(PATH.coverDays(2)).isCloseTo(1.0, within(1e-12));
        assertThat(PATH.coverDays(3)).isCloseTo(2.25, within(1e-12)); // day 2 sells nothing, a quarter of day 3
        assertThat(PATH.coverDays(7)).isCloseTo(4.0, within(1e-12));
        assertThat(PATH.coverDays(8)).as("outlasts the path").isNull();
    }

    @Test
    void isAValueWhoseArraysCannotBeChangedFromOutside() {
        double[] mean = {1, 2};
        DemandPath path = new DemandPath(mean, new double[] {1, 2});
        mean[0] = 9;
        path.mean()[1] = 9;

        assertThat(path).isEqualTo(new DemandPath(new double[] {1, 2}, new double[] {1, 2}));
    }
}
