package dev.shoplens.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.apache.flink.configuration.CheckpointingOptions;
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
        return environment(parallelism, restPort, null);
    }

    /**
     * The same, with checkpoints kept as files in {@code checkpointDir}: without a directory Flink keeps them in the
     * JobManager's memory, which refuses state over 5 MB, and the models' learners outgrow that within the demo's
     * history (the job then fails every checkpoint and restarts in a loop).
     */
    public static StreamExecutionEnvironment environment(int parallelism, int restPort, Path checkpointDir) {
        Configuration conf = new Configuration();
        if (checkpointDir != null) {
            conf.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
            conf.set(
                    CheckpointingOptions.CHECKPOINTS_DIRECTORY,
                    checkpointDir.toUri().toString());
        }
        conf.set(TaskManagerOptions.NUM_TASK_SLOTS, parallelism);
        conf.set(RestOptions.BIND_ADDRESS, "127.0.0.1");
        conf.set(RestOptions.PORT, restPort);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(conf);
        env.setParallelism(parallelism);
        return env;
    }

    /**
     * A port free now, for a MiniCluster's REST API whose address others must know before it starts (with port 0
     * Flink picks one but the local environment does not say which).
     */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The REST API's URL of a MiniCluster started by {@link #environment} on {@code restPort}. */
    public static String restUrl(int restPort) {
        return "http://127.0.0.1:" + restPort;
    }
}
