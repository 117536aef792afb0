package dev.shoplens.jobs.config;

import java.time.Duration;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.configuration.StateRecoveryOptions;

/**
 * The Flink settings that make the job recoverable: where state lives (RocksDB or the heap), where checkpoints go
 * (kept when the job is cancelled, so it can resume), where savepoints go when none is named, how it restarts after
 * a failure, and an optional savepoint or retained checkpoint to start from.
 */
public final class JobRuntime {

    private JobRuntime() {}

    public static Configuration configuration(ShopLensConfig config, String fromSavepoint) {
        Configuration conf = new Configuration();
        conf.set(StateBackendOptions.STATE_BACKEND, config.get(ConfigKey.FLINK_STATE_BACKEND));
        conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, config.get(ConfigKey.FLINK_CHECKPOINT_DIR));
        conf.set(
                CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,
                ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "exponential-delay");
        String savepointDir = config.get(ConfigKey.FLINK_SAVEPOINT_DIR);
        if (savepointDir != null && !savepointDir.isBlank()) {
            conf.set(CheckpointingOptions.SAVEPOINT_DIRECTORY, savepointDir);
        }
        if (fromSavepoint != null && !fromSavepoint.isBlank()) {
            conf.set(StateRecoveryOptions.SAVEPOINT_PATH, fromSavepoint);
        }
        return conf;
    }

    /** Restarts quickly and often: for tests that fail the job on purpose. */
    public static Configuration forFailureTests(String stateBackend, String checkpointDir) {
        Configuration conf = new Configuration();
        conf.set(StateBackendOptions.STATE_BACKEND, stateBackend);
        conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, checkpointDir);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 3);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(200));
        return conf;
    }
}
