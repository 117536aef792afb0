package dev.shoplens.dashboard.overview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComparisonTest {

    @Test
    void writesTheRelativeChangeWithItsSign() {
        assertThat(Comparison.change(37.5, 40.0)).isEqualTo(" (-6%)"); // -6.25%
        assertThat(Comparison.change(2.0, 1.0)).isEqualTo(" (+100%)");
        assertThat(Comparison.change(5.0, 5.0)).isEqualTo(" (0%)");
    }

    @Test
    void aChangeFromNothingOrToAnUnknownHasNoPercentage() {
        assertThat(Comparison.change(3.0, 0.0)).isEmpty();
        assertThat(Comparison.change(null, 1.0)).isEmpty();
        assertThat(Comparison.change(1.0, null)).isEmpty();
    }
}
