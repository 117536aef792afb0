package dev.shoplens.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shoplens.jobs.config.ShopLensConfig;
import dev.shoplens.jobs.forecast.ForecastSettings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The job on real services takes its parallelism, checkpoints and forecast settings from the configuration. */
class FeatureJobMainTest {

    @Test
    void theConfigurationsParallelismCheckpointsAndForecastIdleDaysReachTheJob() {
        FeatureJobSettings settings = FeatureJobMain.settings(ShopLensConfig.load(
                null,
                Map.of(
                        "SHOPLENS_FLINK_PARALLELISM", "4",
                        "SHOPLENS_FLINK_CHECKPOINT_INTERVAL_SECONDS", "30",
                        "SHOPLENS_FORECAST_IDLE_DAYS", "400")));

        assertThat(settings.parallelism()).isEqualTo(4);
        assertThat(settings.checkpointInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.forecastIdleDays()).isEqualTo(400);
        assertThat(FeatureJobMain.settings(ShopLensConfig.load(null, Map.of())).forecastIdleDays())
                .isEqualTo(ForecastSettings.DEFAULT_IDLE_DAYS);
    }

    @Test
    void aForecastIdleDaysOutOfRangeStopsTheStart() {
        assertThatThrownBy(() -> ShopLensConfig.load(null, Map.of("SHOPLENS_FORECAST_IDLE_DAYS", "0")))
                .hasMessage("forecast.idleDays must be from 1 to 3650, was 0");
    }
}
