package dev.shoplens.launcher.production;

import dev.shoplens.dashboard.DashboardApplication;
import dev.shoplens.dashboard.i18n.ScoreHorizons;
import dev.shoplens.dashboard.privacy.PrivacyConfiguration;
import dev.shoplens.jobs.config.ConfigKey;
import dev.shoplens.jobs.config.ShopLensConfig;
import dev.shoplens.launcher.ConfigOption;
import dev.shoplens.models.labels.Horizons;
import dev.shoplens.store.read.SharedReads;
import dev.shoplens.store.read.ShopReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code shoplens dashboard}: the dashboard alone, reading the configured store. */
@Command(
        name = "dashboard",
        mixinStandardHelpOptions = true,
        description =
                "Serve the dashboard on the configured store (users from Spring properties, see docs/operating.md).")
public final class DashboardCommand implements Callable<Integer> {

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() {
        if (!config.given()) {
            throw new IllegalArgumentException("dashboard needs --config shoplens.yaml (see docs/operating.md)");
        }
        start(config.load());
        return 0;
    }

    /** Starts the dashboard with a reader of the configured store; users come from the Spring environment. */
    static ConfigurableApplicationContext start(ShopLensConfig config) {
        ShopReader reader = SharedReads.over(config.store().openReader());
        ConfigurableApplicationContext context = new SpringApplicationBuilder(DashboardApplication.class)
                .listeners(DashboardApplication::refuseTheDemoProfile)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("shopReader", reader))
                .properties(properties(config))
                .run();
        context.addApplicationListener(event -> {
            if (event instanceof org.springframework.context.event.ContextClosedEvent) {
                reader.close();
            }
        });
        return context;
    }

    /**
     * The dashboard's Spring properties from {@code shoplens.yaml}: its port, currency and the scores' horizons, and
     * where Flink and the audience topic are, when set.
     */
    static Map<String, Object> properties(ShopLensConfig config) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("server.port", config.get(ConfigKey.DASHBOARD_PORT));
        properties.put("shoplens.dashboard.currency", config.get(ConfigKey.DASHBOARD_CURRENCY));
        // The words that name the scores ("buys within 7 days") follow the horizons the job learns with.
        Horizons horizons = config.horizons();
        properties.put(ScoreHorizons.PURCHASE_DAYS, horizons.purchase().toDays());
        properties.put(ScoreHorizons.CHURN_DAYS, horizons.churn().toDays());
        putIfSet(properties, "shoplens.flink.rest-url", config.get(ConfigKey.FLINK_REST_URL));
        putIfSet(properties, "shoplens.flink.savepoint-dir", config.get(ConfigKey.FLINK_SAVEPOINT_DIR));
        putIfSet(properties, PrivacyConfiguration.PSEUDONYM_KEY, config.get(ConfigKey.PRIVACY_PSEUDONYM_KEY));
        // Where the job publishes audience changes, so that the Operations page shows the topic's health.
        if (putIfSet(
                properties,
                "shoplens.audience-topic.bootstrap-servers",
                config.get(ConfigKey.KAFKA_BOOTSTRAP_SERVERS))) {
            properties.put("shoplens.audience-topic.topic", config.get(ConfigKey.KAFKA_AUDIENCE_TOPIC));
        }
        String usersFile = config.get(ConfigKey.DASHBOARD_USERS_FILE);
        if (usersFile != null && !usersFile.isBlank()) {
            // Not optional: a users file that is not there must stop the start, not leave nobody able to sign in.
            properties.put("spring.config.import", "file:" + Path.of(usersFile).toAbsolutePath());
        }
        return properties;
    }

    /** Puts {@code value} when it is set; returns whether it was. */
    private static boolean putIfSet(Map<String, Object> properties, String key, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        properties.put(key, value);
        return true;
    }
}
