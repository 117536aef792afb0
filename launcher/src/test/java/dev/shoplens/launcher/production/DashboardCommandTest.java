package dev.shoplens.launcher.production;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.dashboard.privacy.PrivacyConfiguration;
import dev.shoplens.jobs.config.ShopLensConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the dashboard is told of Flink, Kafka, the currency and the horizons comes from shoplens.yaml's keys (here their environment variables). */
class DashboardCommandTest {

    @Test
    void theFlinkRestUrlAndSavepointFolderReachTheDashboard() {
        ShopLensConfig config = ShopLensConfig.load(
                null,
                Map.of(
                        "SHOPLENS_FLINK_REST_URL", "http://jobmanager:8081",
                        "SHOPLENS_FLINK_SAVEPOINT_DIR", "s3://shop/savepoints"));

        assertThat(DashboardCommand.properties(config))
                .containsEntry("shoplens.flink.rest-url", "http://jobmanager:8081")
                .containsEntry("shoplens.flink.savepoint-dir", "s3://shop/savepoints")
                .containsEntry("server.port", "8080");
    }

    @Test
    void thePseudonymKeyReachesTheCustomersSearchWhereSet() {
        String key = "0123456789abcdef0123456789abcdef";

        assertThat(DashboardCommand.properties(
                        ShopLensConfig.load(null, Map.of("SHOPLENS_PRIVACY_PSEUDONYM_KEY", key))))
                .containsEntry(PrivacyConfiguration.PSEUDONYM_KEY, key);
        assertThat(DashboardCommand.properties(ShopLensConfig.load(null, Map.of())))
                .doesNotContainKey(PrivacyConfiguration.PSEUDONYM_KEY);
    }

    @Test
    void theShopsCurrencyReachesTheDashboardGbpUnlessSet() {
        assertThat(DashboardCommand.properties(ShopLensConfig.load(null, Map.of())))
                .containsEntry("shoplens.dashboard.currency", "GBP");
        assertThat(DashboardCommand.properties(ShopLensConfig.load(null, Map.of("SHOPLENS_DASHBOARD_CURRENCY", "EUR"))))
                .containsEntry("shoplens.dashboard.currency", "EUR");
    }

    @Test
    void theScoresHorizonsReachTheDashboardsWords() {
        assertThat(DashboardCommand.properties(ShopLensConfig.load(
                        null, Map.of("SHOPLENS_MODELS_PURCHASE_DAYS", "14", "SHOPLENS_MODELS_CHURN_DAYS", "60"))))
                .containsEntry("shoplens.models.purchase-days", 14L)
                .containsEntry("shoplens.models.churn-days", 60L);
        assertThat(DashboardCommand.properties(ShopLensConfig.load(null, Map.of())))
                .containsEntry("shoplens.models.purchase-days", 7L)
                .containsEntry("shoplens.models.churn-days", 30L);
    }

    @Test
    void theUsersFileIsImportedAndMustBeThere() {
        assertThat(DashboardCommand.properties(
                        ShopLensConfig.load(null, Map.of("SHOPLENS_DASHBOARD_USERS_FILE", "/run/secrets/users.yaml"))))
                .containsEntry("spring.config.import", "file:/run/secrets/users.yaml");
        assertThat(DashboardCommand.properties(ShopLensConfig.load(null, Map.of())))
                .doesNotContainKey("spring.config.import");
    }

    @Test
    void theAudienceTopicReachesTheOperationsPageWhereKafkaIsSet() {
        assertThat(DashboardCommand.properties(ShopLensConfig.load(
                        null,
                        Map.of(
                                "SHOPLENS_KAFKA_BOOTSTRAP_SERVERS", "kafka-1:9092,kafka-2:9092",
                                "SHOPLENS_KAFKA_AUDIENCE_TOPIC", "audiences"))))
                .containsEntry("shoplens.audience-topic.bootstrap-servers", "kafka-1:9092,kafka-2:9092")
                .containsEntry("shoplens.audience-topic.topic", "audiences");
    }

    @Test
    void withoutThemTheDashboardIsToldNothingOfFlinkOrKafka() {
        assertThat(DashboardCommand.properties(ShopLensConfig.load(null, Map.of())))
                .doesNotContainKeys(
                        "shoplens.flink.rest-url",
                        "shoplens.flink.savepoint-dir",
                        "shoplens.audience-topic.bootstrap-servers",
                        "shoplens.audience-topic.topic");
    }
}
