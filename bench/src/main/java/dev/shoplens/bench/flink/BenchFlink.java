package dev.shoplens.bench.flink;

import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Flink in this JVM for the benchmark: a MiniCluster per job, with a slot for each parallel task. */
public final class BenchFlink {

    private BenchFlink() {}

    public static StreamExecutionEnvironment environment(int parallelism) {
        Configuration conf = new Configuration();
        conf.set(TaskManagerOptions.NUM_TASK_SLOTS, parallelism);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(conf);
        env.setParallelism(parallelism);
        return env;
    }

    /** Runs the job to its end and returns its run time as the JobMaster measured it, in seconds. */
    public static double runSeconds(StreamExecutionEnvironment env, String name) throws Exception {
        JobExecutionResult result = env.execute(name);
        return result.getNetRuntime(TimeUnit.MILLISECONDS) / 1000.0;
    }
}
