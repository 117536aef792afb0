package dev.shoplens.launcher;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Flink in this JVM: an embedded MiniCluster with as many slots as the jobs' parallelism. Its REST API listens on
 * {@code restPort} (0: a free port) so the same tools that watch a cluster can watch the demo.
 */
public final class LocalFlink {

    private LocalFlink() {}

    public static StreamExecutionEnvironment environment(int parallelism, int restPort) {
        Configuration conf = new Configuration();
        conf.set(TaskManagerOptions.NUM_TASK_SLOTS, parallelism);
        conf.set(RestOptions.BIND_ADDRESS, "127.0.0.1");
        conf.set(RestOptions.PORT, restPort);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(conf);
        env.setParallelism(parallelism);
        return env;
    }
}
