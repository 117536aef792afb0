package dev.shoplens.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void interpolatesBetweenTheTwoNearestRanks() {
        // 1..10: rank of p50 = 9 × 0.5 = 4.5 -> between 5 and 6; p95: 8.55 -> 9 + 0.55 × (10 - 9).
        Percentiles p = Percentiles.of(7, 3, 10, 1, 5, 2, 9, 4, 8, 6);
        assertThat(p.p50()).isCloseTo(5.5, within(1e-12));
        assertThat(p.p95()).isCloseTo(9.55, within(1e-12));
        assertThat(p.p99()).isCloseTo(9.91, within(1e-12));
        assertThat(p.max()).isEqualTo(10);
    }

    @Test
    void oddCountsHaveTheMiddleSampleAsMedian() {
        // Sorted 15, 20, 35, 40, 50: p50 is 35; p95 rank 3.8 -> 40 + 0.8 × 10 = 48; p25 rank 1 -> 20.
        Percentiles p = Percentiles.of(50, 15, 40, 20, 35);
        assertThat(p.p50()).isEqualTo(35);
        assertThat(p.p95()).isCloseTo(48, within(1e-12));
        assertThat(p.at(0.25)).isEqualTo(20);
        assertThat(p.at(0)).isEqualTo(15);
        assertThat(p.at(1)).isEqualTo(50);
    }

    @Test
    void oneSampleIsEveryPercentile() {
        Percentiles p = Percentiles.of(12.5);
        assertThat(p.p50()).isEqualTo(12.5);
        assertThat(p.p99()).isEqualTo(12.5);
        assertThat(p.count()).isEqualTo(1);
    }

    @Test
    void refusesNoSamplesAndQuantilesOutsideZeroToOne() {
        assertThatThrownBy(Percentiles::of).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentiles.of(1, 2).at(1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void leavesTheCallersSamplesUnsorted() {
        double[] samples = {3, 1, 2};
        Percentiles.of(samples);
        assertThat(samples).containsExactly(3, 1, 2);
    }
}
