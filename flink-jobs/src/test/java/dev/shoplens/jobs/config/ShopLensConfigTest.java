package dev.shoplens.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shoplens.jobs.models.ModelSettings;
import dev.shoplens.models.demand.ForestSettings;
import dev.shoplens.models.labels.Horizons;
import dev.shoplens.models.metrics.PromotionRule;
import dev.shoplens.models.train.LstmSettings;
import dev.shoplens.store.ClickHouseSettings;
import dev.shoplens.store.retention.Retention;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShopLensConfigTest {

    @Test
    void aSecretCanComeFromTheFileItsFileVariableNames(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("clickhouse_password"), "s3cr3t with space \n");

        ShopLensConfig config =
                ShopLensConfig.load(null, Map.of("SHOPLENS_STORE_CLICKHOUSE_PASSWORD_FILE", secret.toString()));

        assertThat(((ClickHouseSettings) config.store()).password()).isEqualTo("s3cr3t with space ");
    }

    @Test
    void thePseudonymKeyComesFromItsSecretFileAndAShortOneStopsTheStart(@TempDir Path dir) throws IOException {
        Path key = Files.writeString(dir.resolve("pseudonym.key"), "0123456789abcdef0123456789abcdef\n");

        ShopLensConfig keyed = ShopLensConfig.load(null, Map.of("SHOPLENS_PRIVACY_PSEUDONYM_KEY_FILE", key.toString()));

        assertThat(keyed.pseudonyms().of("c1")).isEqualTo("c-49004518459daba259918f451916b389");
        assertThat(keyed.origin(ConfigKey.PRIVACY_PSEUDONYM_KEY)).isEqualTo(ShopLensConfig.Origin.SECRET_FILE);
        assertThat(ConfigKey.PRIVACY_PSEUDONYM_KEY.secret()).isTrue();
        assertThat(ShopLensConfig.load(null, Map.of()).pseudonyms().enabled()).isFalse();
        assertThatThrownBy(() -> ShopLensConfig.load(null, Map.of("SHOPLENS_PRIVACY_PSEUDONYM_KEY", "short")))
                .hasMessageContaining("privacy.pseudonymKey: the pseudonym key must be at least 32 bytes");
    }

    @Test
    void aSecretGivenTwiceOrInAFileThatIsNotThereStopsTheStart(@TempDir Path dir) {
        assertThatThrownBy(() -> ShopLensConfig.load(
                        null,
                        Map.of(
                                "SHOPLENS_STORE_CLICKHOUSE_PASSWORD",
                                "a",
                                "SHOPLENS_STORE_CLICKHOUSE_PASSWORD_FILE",
                                dir.resolve("b").toString())))
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> ShopLensConfig.load(
                        null,
                        Map.of(
                                "SHOPLENS_STORE_CLICKHOUSE_PASSWORD_FILE",
                                dir.resolve("missing").toString())))
                .hasMessageContaining("cannot read SHOPLENS_STORE_CLICKHOUSE_PASSWORD_FILE");
    }

    @Test
    void theModelsTakeTheirHorizonsSegmentsMarginsAndRetentionFromTheFileAndTheEnvironment(@TempDir Path dir)
            throws IOException {
        Path file = Files.writeString(
                dir.resolve("shoplens.yaml"),
                """
                models:
                  churnDays: 60
                  purchaseDays: 14
                  segments: 7
                  promotion:
                    aucMargin: 0.01
                """);

        ShopLensConfig config = ShopLensConfig.load(
                file,
                Map.of("SHOPLENS_MODELS_RETENTION_DAYS", "200", "SHOPLENS_MODELS_PROMOTION_VALUE_MAE_MARGIN", "0"));
        ModelSettings models = config.models();

        assertThat(models.horizons().churn()).isEqualTo(Duration.ofDays(60));
        assertThat(models.horizons().purchase()).isEqualTo(Duration.ofDays(14));
        assertThat(models.horizons().value()).isEqualTo(Horizons.defaults().value());
        assertThat(models.training().segments()).isEqualTo(7);
        assertThat(models.promotion()).isEqualTo(new PromotionRule(0.01, 0.005));
        assertThat(models.valueMaeMargin()).isZero();
        assertThat(models.retention()).isEqualTo(Duration.ofDays(200));
        assertThat(models.dataEnd()).as("a live stream").isNull();
        assertThat(config.origin(ConfigKey.MODELS_SEGMENTS)).isEqualTo(ShopLensConfig.Origin.FILE);
        assertThat(config.origin(ConfigKey.MODELS_RETENTION_DAYS)).isEqualTo(ShopLensConfig.Origin.ENVIRONMENT);
    }

    @Test
    void withoutModelKeysTheModelsLearnAsTheDefaults() {
        ModelSettings models = ShopLensConfig.load(null, Map.of()).models();

        assertThat(models).isEqualTo(ModelSettings.defaults());
    }

    @Test
    void theNightlyRetrainTakesItsSizesFromTheEnvironmentAndOtherwiseTheDefaults() {
        ShopLensConfig defaults = ShopLensConfig.load(null, Map.of());
        assertThat(defaults.lstm()).isEqualTo(LstmSettings.defaults());
        assertThat(defaults.forest()).isEqualTo(ForestSettings.defaults());

        ShopLensConfig set = ShopLensConfig.load(
                null,
                Map.of(
                        "SHOPLENS_RETRAIN_LSTM_HIDDEN_UNITS", "64",
                        "SHOPLENS_RETRAIN_LSTM_MAX_EPOCHS", "5",
                        "SHOPLENS_RETRAIN_LSTM_BATCH_SIZE", "256",
                        "SHOPLENS_RETRAIN_LSTM_LEARNING_RATE", "0.01",
                        "SHOPLENS_RETRAIN_LSTM_PATIENCE", "2",
                        "SHOPLENS_RETRAIN_LSTM_MAX_SEQUENCES", "100000",
                        "SHOPLENS_RETRAIN_FOREST_TREES", "32",
                        "SHOPLENS_RETRAIN_FOREST_MAX_DEPTH", "6"));
        assertThat(set.lstm())
                .extracting(
                        LstmSettings::hiddenUnits,
                        LstmSettings::maxEpochs,
                        LstmSettings::batchSize,
                        LstmSettings::learningRate,
                        LstmSettings::patience,
                        LstmSettings::maxSequences,
                        LstmSettings::seed)
                .containsExactly(
                        64, 5, 256, 0.01, 2, 100_000, LstmSettings.defaults().seed());
        assertThat(set.forest().trees()).isEqualTo(32);
        assertThat(set.forest().maxDepth()).isEqualTo(6);
        assertThat(set.forest().seed()).isEqualTo(ForestSettings.defaults().seed());

        assertThatThrownBy(() -> ShopLensConfig.load(null, Map.of("SHOPLENS_RETRAIN_LSTM_LEARNING_RATE", "0")))
                .hasMessage("retrain.lstm.learningRate must be above 0, was 0");
        assertThatThrownBy(() -> ShopLensConfig.load(null, Map.of("SHOPLENS_RETRAIN_LSTM_MAX_SEQUENCES", "999")))
                .hasMessage("retrain.lstm.maxSequences must be from 1000 to 10000000, was 999");
        assertThatThrownBy(() -> ShopLensConfig.load(null, Map.of("SHOPLENS_RETRAIN_FOREST_MAX_DEPTH", "31")))
                .hasMessage("retrain.forest.maxDepth must be from 1 to 30, was 31");
    }

    @Test
    void aModelSettingOutOfRangeStopsTheStartNamingItsKey() {
        assertThatThrownBy(() -> ShopLensConfig.load(null, Map.of("SHOPLENS_MODELS_CHURN_DAYS", "0")))
                .hasMessage("models.churnDays must be from 1 to 1825, was 0");
        assertThatThrownBy(() -> ShopLensConfig.load(null, Map.of("SHOPLENS_MODELS_PURCHASE_DAYS", "a week")))
                .hasMessage("models.purchaseDays must be a whole number, was a week");
        assertThatThrownBy(() -> ShopLensConfig.load(null, Map.of("SHOPLENS_MODELS_SEGMENTS", "1")))
                .hasMessage("models.segments must be from 2 to 20, was 1");
        assertThatThrownBy(() -> ShopLensConfig.load(null, Map.of("SHOPLENS_MODELS_PROMOTION_AUC_MARGIN", "-0.1")))
                .hasMessage("models.promotion.aucMargin must be from 0.0 to 0.5, was -0.1");
        assertThatThrownBy(() -> ShopLensConfig.load(null, Map.of("SHOPLENS_MODELS_PROMOTION_LOG_LOSS_MARGIN", "x")))
                .hasMessage("models.promotion.logLossMargin must be a number, was x");
        assertThatThrownBy(() -> ShopLensConfig.load(
                        null, Map.of("SHOPLENS_MODELS_CHURN_DAYS", "120", "SHOPLENS_MODELS_RETENTION_DAYS", "100")))
                .hasMessage("models.retentionDays must be more than the longest horizon (120 days), was 100");
    }

    @Test
    void theStoreKeepsEachTablesRowsForItsConfiguredDays() {
        ShopLensConfig config = ShopLensConfig.load(
                null,
                Map.of(
                        "SHOPLENS_RETENTION_REJECTED_EVENTS_DAYS",
                        "30",
                        "SHOPLENS_RETENTION_PRODUCT_DAILY_DAYS",
                        "1000"));

        assertThat(config.retention())
                .isEqualTo(Retention.DEFAULTS.with(Map.of("rejected_events", 30, "product_daily", 1000)));
        assertThat(ShopLensConfig.load(null, Map.of()).retention()).isEqualTo(Retention.DEFAULTS);
        assertThatThrownBy(() -> ShopLensConfig.load(null, Map.of("SHOPLENS_RETENTION_EVENT_COUNTS_DAYS", "0")))
                .hasMessage("retention.eventCountsDays must be from 1 to 36500, was 0");
    }

    @Test
    void clickHouseTrafficIsCompressedUnlessSwitchedOff() {
        assertThat(((ClickHouseSettings) ShopLensConfig.load(null, Map.of()).store()).compress())
                .isTrue();
        assertThat(((ClickHouseSettings)
                                ShopLensConfig.load(null, Map.of("SHOPLENS_STORE_CLICKHOUSE_COMPRESS", "false"))
                                        .store())
                        .compress())
                .isFalse();
        assertThatThrownBy(() -> ShopLensConfig.load(null, Map.of("SHOPLENS_STORE_CLICKHOUSE_COMPRESS", "yes")))
                .hasMessage("store.clickhouse.compress must be true or false, was yes");
    }
}
