package dev.shoplens.jobs.config;

import java.time.Duration;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.state.rocksdb.EmbeddedRocksDBStateBackend.PriorityQueueStateType;
import org.apache.flink.state.rocksdb.RocksDBOptions;

/**
 * The Flink settings that make the job recoverable: where state lives (RocksDB or the heap), where checkpoints go
 * (kept when the job is cancelled, so it can resume), where savepoints go when none is named, how it restarts after
 * a failure, and an optional savepoint or retained checkpoint to start from; with RocksDB, how it is tuned for this
 * job ({@link #tuneRocksDb}).
 */
public final class JobRuntime {

    /** Where RocksDB's timers live: the job's are few per key (see {@link #tuneRocksDb}). */
    public static final PriorityQueueStateType TIMERS = PriorityQueueStateType.HEAP;

    private JobRuntime() {}

    public static Configuration configuration(ShopLensConfig config, String fromSavepoint) {
        Configuration conf = new Configuration();
        conf.set(StateBackendOptions.STATE_BACKEND, config.get(ConfigKey.FLINK_STATE_BACKEND));
        if (config.get(ConfigKey.FLINK_STATE_BACKEND).equals("rocksdb")) {
            tuneRocksDb(conf, managedMemory(config.get(ConfigKey.FLINK_MANAGED_MEMORY)));
        }
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

    /**
     * RocksDB as this job wants it; the cluster files under {@code infra/} set the same (a test holds them to this).
     *
     * <ul>
     *   <li>Timers on the heap: the job keeps a handful per customer or product (the next midnight, a clean-up), and
     *       with timers in RocksDB every one registered, deleted or fired is a read or write of the store. A
     *       timer costs about a hundred bytes of heap: at millions of customers per task manager, set
     *       {@code state.backend.rocksdb.timer-service.factory: ROCKSDB} on the cluster. Flink copies no key for
     *       heap timers; the job's keys are strings, which cannot change under it.
     *   <li>Incremental checkpoints: each checkpoint uploads only the files RocksDB wrote since the last.
     *   <li>Managed memory (RocksDB's block cache and write buffers) for a job in this JVM: Flink gives an in-process
     *       cluster 128 MB, and the large shop's state then comes from disk at most reads. A task manager of a
     *       cluster sizes its own.
     * </ul>
     *
     * <p>What each setting is worth on the bench's shops: docs/benchmarks.md.
     */
    public static void tuneRocksDb(Configuration conf, MemorySize managedMemory) {
        conf.set(RocksDBOptions.TIMER_SERVICE_FACTORY, TIMERS);
        conf.set(CheckpointingOptions.INCREMENTAL_CHECKPOINTS, true);
        conf.set(TaskManagerOptions.MANAGED_MEMORY_SIZE, managedMemory);
    }

    /** {@code flink.managedMemory} as Flink reads sizes ({@code 512m}, {@code 1g}); at least 64 MB. */
    public static MemorySize managedMemory(String value) {
        MemorySize size;
        try {
            size = MemorySize.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "flink.managedMemory must be a size such as 512m or 1g, was " + value, e);
        }
        if (size.compareTo(MemorySize.ofMebiBytes(64)) < 0) {
            throw new IllegalArgumentException("flink.managedMemory must be at least 64m, was " + value);
        }
        return size;
    }

    /** Restarts quickly and often: for tests that fail the job on purpose; RocksDB tuned as production's. */
    public static Configuration forFailureTests(String stateBackend, String checkpointDir) {
        Configuration conf = new Configuration();
        conf.set(StateBackendOptions.STATE_BACKEND, stateBackend);
        if (stateBackend.equals("rocksdb")) {
            tuneRocksDb(conf, managedMemory(ConfigKey.FLINK_MANAGED_MEMORY.defaultValue()));
        }
        conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, checkpointDir);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 3);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(200));
        return conf;
    }
}
