package dev.shoplens.jobs;

import dev.shoplens.jobs.config.ConfigKey;
import dev.shoplens.jobs.config.JobRuntime;
import dev.shoplens.jobs.config.ShopLensConfig;
import dev.shoplens.jobs.sink.StoreSinks;
import dev.shoplens.jobs.source.kafka.KafkaEvents;
import dev.shoplens.store.ClickHouseSettings;
import dev.shoplens.store.retention.ClickHouseTtls;
import dev.shoplens.store.retention.Retention;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The feature job on real services: Kafka in, the configured store out. The entry point for a Flink cluster
 * ({@code flink run -c dev.shoplens.jobs.FeatureJobMain shoplens-jobs.jar --config shoplens.yaml}). The job's state
 * backend, checkpoint folder and parallelism come from {@code shoplens.yaml} (or their defaults), passed as the
 * job's own configuration, so they win over the cluster's: set {@code flink.checkpointDir} to durable storage. The
 * models' horizons, segments, promotion margins and retention come from it too.
 */
public final class FeatureJobMain {

    private static final Logger LOG = LoggerFactory.getLogger(FeatureJobMain.class);

    private FeatureJobMain() {}

    public static void main(String[] args) throws Exception {
        ShopLensConfig config = ShopLensConfig.load(configFile(args), System.getenv());
        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.getExecutionEnvironment(JobRuntime.configuration(config, null));
        build(env, config);
        env.execute(FeatureJob.NAME);
    }

    /** Adds the job reading Kafka and writing the configured store to {@code env}. */
    public static void build(StreamExecutionEnvironment env, ShopLensConfig config) {
        FeatureJobSettings settings = settings(config);
        config.store().migrate();
        keepForTheConfiguredDays(config);
        new FeatureJob(
                        KafkaEvents.unbounded(config.kafka()),
                        settings.parallelism(),
                        new StoreSinks(config.store(), settings.sinkBatch(), settings.sinkMaxDelay()),
                        settings,
                        config.models())
                .followingAudiences()
                .publishingAudienceChangesTo(config.audienceTopic())
                .addTo(env);
    }

    /**
     * The job's settings: the live defaults with the configuration's parallelism, checkpoints, forecasts and pseudonyms.
     */
    static FeatureJobSettings settings(ShopLensConfig config) {
        return FeatureJobSettings.defaults()
                .withParallelism(config.number(ConfigKey.FLINK_PARALLELISM))
                .withCheckpointInterval(Duration.ofSeconds(config.number(ConfigKey.FLINK_CHECKPOINT_INTERVAL_SECONDS)))
                .withForecastIdleDays(config.forecastIdleDays())
                .withPseudonyms(config.pseudonyms());
    }

    /** ClickHouse ages rows out by itself: its TTLs are set to the configured retention (DuckDB's is a compaction). */
    private static void keepForTheConfiguredDays(ShopLensConfig config) {
        if (config.store() instanceof ClickHouseSettings clickHouse) {
            Retention retention = config.retention();
            List<String> changed = ClickHouseTtls.apply(clickHouse, retention);
            if (!changed.isEmpty()) {
                LOG.info("Retention: the TTLs of {} now keep {}", changed, retention.rules());
            }
        }
    }

    static Path configFile(String[] args) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--config")) {
                return Path.of(args[i + 1]);
            }
        }
        return null;
    }
}
