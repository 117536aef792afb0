package dev.shoplens.launcher.production;

import dev.shoplens.jobs.FeatureJob;
import dev.shoplens.jobs.FeatureJobMain;
import dev.shoplens.jobs.config.ConfigKey;
import dev.shoplens.jobs.config.JobRuntime;
import dev.shoplens.jobs.config.ShopLensConfig;
import dev.shoplens.launcher.ConfigOption;
import java.util.concurrent.Callable;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code shoplens run}: the feature job on real services (Kafka in, the configured store out) in this JVM's
 * embedded Flink, with checkpoints; plus the dashboard unless {@code --no-dashboard}. For a Flink cluster, submit
 * the job jar with {@code flink run} instead (see docs/operating.md).
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Run the jobs on real services (Kafka, ClickHouse) in this JVM, and the dashboard.")
public final class RunCommand implements Callable<Integer> {

    @Mixin
    ConfigOption config;

    @Option(
            names = "--from-savepoint",
            paramLabel = "PATH",
            description = "Start from this savepoint or retained checkpoint (a folder under flink.checkpointDir).")
    String fromSavepoint;

    @Option(names = "--no-dashboard", description = "Run the jobs only.")
    boolean noDashboard;

    @Override
    public Integer call() throws Exception {
        if (!config.given()) {
            throw new IllegalArgumentException("run needs --config shoplens.yaml (see docs/operating.md)");
        }
        ShopLensConfig loaded = config.load();
        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.getExecutionEnvironment(JobRuntime.configuration(loaded, fromSavepoint));
        env.setParallelism(loaded.number(ConfigKey.FLINK_PARALLELISM));
        FeatureJobMain.build(env, loaded);
        JobClient job = env.executeAsync(FeatureJob.NAME);
        System.out.printf(
                "Feature job %s running: %s -> %s; checkpoints in %s%n",
                job.getJobID(),
                loaded.kafka().topic(),
                loaded.store().describe(),
                loaded.get(ConfigKey.FLINK_CHECKPOINT_DIR));
        if (!noDashboard) {
            DashboardCommand.start(loaded);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> job.cancel().join(), "shoplens-run-stop"));
        return 0;
    }
}
