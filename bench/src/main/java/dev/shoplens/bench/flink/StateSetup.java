package dev.shoplens.bench.flink;

import dev.shoplens.jobs.config.ConfigKey;
import dev.shoplens.jobs.config.JobRuntime;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.StateBackendOptions;

/**
 * Where a bench job keeps its state: on the heap without checkpoints (the ceiling), or in RocksDB with a checkpoint
 * every 10 s to a folder, tuned as production runs it ({@link JobRuntime#tuneRocksDb}). A job and its baseline always
 * share one setup.
 */
public enum StateSetup {
    HEAP("heap"),
    ROCKSDB("rocksdb");

    static final Duration CHECKPOINT_INTERVAL = Duration.ofSeconds(10);

    private final String label;

    StateSetup(String label) {
        this.label = label;
    }

    /** As the figures' names say it. */
    public String label() {
        return label;
    }

    /** The cluster's settings for this setup; checkpoints of RocksDB go under {@code checkpoints}. */
    Configuration configuration(Path checkpoints) {
        Configuration conf = new Configuration();
        if (this == ROCKSDB) {
            conf.set(StateBackendOptions.STATE_BACKEND, "rocksdb");
            // Tuned as `bin/shoplens run` and the cluster files run it, with run's default managed memory.
            JobRuntime.tuneRocksDb(conf, JobRuntime.managedMemory(ConfigKey.FLINK_MANAGED_MEMORY.defaultValue()));
            conf.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
            conf.set(
                    CheckpointingOptions.CHECKPOINTS_DIRECTORY,
                    checkpoints.toUri().toString());
        } else {
            conf.set(StateBackendOptions.STATE_BACKEND, "hashmap");
        }
        return conf;
    }

    /** How often the job checkpoints, null for never. */
    Duration checkpointInterval() {
        return this == ROCKSDB ? CHECKPOINT_INTERVAL : null;
    }
}
