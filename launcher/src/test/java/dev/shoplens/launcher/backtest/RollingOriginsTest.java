package dev.shoplens.launcher.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollingOriginsTest {

    @Test
    void theOriginsStepBackFromTheCalibrationEndEarliestFirst() {
        List<BacktestSplit> splits = RollingOrigins.splits(LocalDate.of(2011, 8, 31), ZoneOffset.UTC, 61, 30, 3, 28);

        assertThat(splits)
                .extracting(BacktestSplit::calibrationEnd)
                .containsExactly(LocalDate.of(2011, 7, 6), LocalDate.of(2011, 8, 3), LocalDate.of(2011, 8, 31));
        assertThat(splits).allSatisfy(s -> assertThat(s.horizonDays()).isEqualTo(61));
    }

    @Test
    void optionsThatMakeNoOriginFailWithTheOptionsName() {
        assertThatThrownBy(() -> RollingOrigins.splits(LocalDate.of(2011, 8, 31), ZoneOffset.UTC, 61, 30, 0, 28))
                .hasMessageContaining("--origins");
        assertThatThrownBy(() -> RollingOrigins.splits(LocalDate.of(2011, 8, 31), ZoneOffset.UTC, 61, 30, 25, 28))
                .hasMessageContaining("--origins");
        assertThatThrownBy(() -> RollingOrigins.splits(LocalDate.of(2011, 8, 31), ZoneOffset.UTC, 61, 30, 2, 0))
                .hasMessageContaining("--every");
    }

    @Test
    void aSpreadIsTheMeanTheSampleStandardDeviationAndTheRange() {
        RollingOrigins.Spread s = RollingOrigins.Spread.of(new double[] {0.70, 0.74, 0.72});

        assertThat(s.mean()).isCloseTo(0.72, within(1e-12));
        assertThat(s.sd()).isCloseTo(0.02, within(1e-12));
        assertThat(s.text("%.3f")).isEqualTo("0.720 ± 0.020");
        assertThat(s.range("%.2f")).isEqualTo("0.70–0.74");
        assertThat(RollingOrigins.Spread.of(new double[] {0.7}).text("%.3f"))
                .as("one origin has no spread")
                .isEqualTo("0.700");
    }
}
