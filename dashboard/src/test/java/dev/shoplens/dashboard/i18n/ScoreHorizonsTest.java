package dev.shoplens.dashboard.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ScoreHorizonsTest {

    @Test
    void unsetTheHorizonsAreTheModelsDefaultsAndTheWordsSayThem() {
        ScoreHorizons.Days days = new ScoreHorizons(null, null).days();

        assertThat(days).isEqualTo(new ScoreHorizons.Days(7, 30));
        assertThat(ScoreHorizons.current()).as("outside a session").isEqualTo(days);
        assertThat(Texts.of(Locale.ENGLISH, "customers.churnWithinDays", days.churn()))
                .isEqualTo("Churn risk (30 days)");
    }

    @Test
    void theShopsHorizonsNameTheScoresInEveryLanguage() {
        ScoreHorizons.Days days = new ScoreHorizons(14, 60).days();

        assertThat(Texts.of(Locale.ENGLISH, "label.buysWithinDays", days.purchase()))
                .isEqualTo("Buys within 14 days");
        assertThat(Texts.of(Locale.SIMPLIFIED_CHINESE, "forecasts.calibration.churn", days.churn()))
                .isEqualTo("60 天内流失");
    }

    @Test
    void aHorizonBelowADayStopsTheStart() {
        assertThatThrownBy(() -> new ScoreHorizons(0, 30))
                .hasMessageContaining("shoplens.models.purchase-days")
                .hasMessageContaining("at least 1");
    }
}
