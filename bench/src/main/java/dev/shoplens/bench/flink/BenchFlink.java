package dev.shoplens.bench.flink;

import java.nio.file.Path;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Flink in this JVM for the benchmark: a MiniCluster per job, with a slot for each parallel task. */
public final class BenchFlink {

    private BenchFlink() {}

    public static StreamExecutionEnvironment environment(int parallelism) {
        return environment(parallelism, StateSetup.HEAP, null);
    }

    /** A cluster whose state lives as {@code state} says, checkpointing (if it does) under {@code checkpoints}. */
    public static StreamExecutionEnvironment environment(int parallelism, StateSetup state, Path checkpoints) {
        Configuration conf = state.configuration(checkpoints);
        conf.set(TaskManagerOptions.NUM_TASK_SLOTS, parallelism);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(conf);
        env.setParallelism(parallelism);
        if (state.checkpointInterval() != null) {
            env.enableCheckpointing(state.checkpointInterval().toMillis());
        }
        return env;
    }
}
