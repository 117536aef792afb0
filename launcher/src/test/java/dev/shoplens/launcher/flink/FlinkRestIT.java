package dev.shoplens.launcher.flink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.dashboard.operations.flink.BackPressure;
import dev.shoplens.dashboard.operations.flink.CheckpointStats;
import dev.shoplens.dashboard.operations.flink.FlinkJob;
import dev.shoplens.dashboard.operations.flink.FlinkJobs;
import dev.shoplens.dashboard.operations.flink.FlinkJobsSnapshot;
import dev.shoplens.dashboard.operations.flink.FlinkRestClient;
import dev.shoplens.dashboard.operations.flink.JobRow;
import dev.shoplens.dashboard.operations.flink.SavepointStatus;
import dev.shoplens.launcher.LocalFlink;
import dev.shoplens.testing.Waiting;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's REST client against a real Flink: a MiniCluster started as the demo starts it ({@link LocalFlink},
 * its REST API on a free port), running a small keyed job with state that checkpoints every 200 ms. The client
 * must read the job, its checkpoints and back-pressure, and a savepoint it triggers must be written where it asked.
 */
class FlinkRestIT {

    static final String JOB_NAME = "shoplens-rest-it";
    static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    JobClient job;
    FlinkRestClient client;

    @BeforeEach
    void startJob() throws Exception {
        int restPort = LocalFlink.freePort();
        StreamExecutionEnvironment env = LocalFlink.environment(1, restPort, dir.resolve("checkpoints"));
        env.enableCheckpointing(200);
        env.fromSequence(0, Long.MAX_VALUE)
                .keyBy(new ByTen())
                .map(new RunningSum())
                .sinkTo(new DiscardingSink<>());
        job = env.executeAsync(JOB_NAME);
        client = new FlinkRestClient(URI.create(LocalFlink.restUrl(restPort)), Duration.ofSeconds(5));
    }

    @AfterEach
    void cancelJob() throws Exception {
        job.cancel().get(30, TimeUnit.SECONDS);
    }

    @Test
    void readsTheRunningJobItsCheckpointsAndBackPressure() throws Exception {
        String id = job.getJobID().toHexString();
        List<FlinkJob> jobs =
                waitFor(() -> client.jobs(), js -> js.size() == 1 && js.get(0).running());
        assertThat(jobs.get(0).id()).isEqualTo(id);
        assertThat(jobs.get(0).name()).isEqualTo(JOB_NAME);
        assertThat(jobs.get(0).started()).isNotNull();

        CheckpointStats checkpoints = waitFor(() -> client.checkpoints(id), c -> c.completed() >= 2);
        assertThat(checkpoints.latest().id()).isPositive();
        assertThat(checkpoints.latest().stateSizeBytes()).isPositive();
        assertThat(checkpoints.latest().durationMillis()).isNotNull();
        assertThat(checkpoints.latest().completedAt()).isNotNull();

        FlinkRestClient.JobDetails details = client.details(id);
        assertThat(details.vertices()).hasSize(2);
        assertThat(details.runningSince()).isNotNull();
        for (FlinkRestClient.Vertex vertex : details.vertices()) {
            BackPressure pressure = client.backPressure(id, vertex);
            assertThat(pressure.level()).isIn("ok", "low", "high");
            assertThat(pressure.ratio()).isBetween(0.0, 1.0);
        }
        assertThat(client.restarts(id)).isZero();

        FlinkJobsSnapshot snapshot = new FlinkJobs(client, null, Clock.systemUTC()).read();
        assertThat(snapshot.availability()).isEqualTo(FlinkJobsSnapshot.Availability.READ);
        JobRow row = snapshot.jobs().get(0);
        assertThat(row.checkpoints().latest()).isNotNull();
        assertThat(row.busiest()).isNotNull();
        assertThat(row.uptime(snapshot.readAt())).isPositive();
    }

    @Test
    void aTriggeredSavepointIsWrittenToTheDirectoryAsked() throws Exception {
        String id = job.getJobID().toHexString();
        waitFor(() -> client.checkpoints(id), c -> c.completed() >= 1);
        Path savepoints = dir.resolve("savepoints");

        SavepointStatus status = new FlinkJobs(client, savepoints.toUri().toString(), Clock.systemUTC()).savepoint(id);

        assertThat(status.state()).as(String.valueOf(status.failure())).isEqualTo(SavepointStatus.State.COMPLETED);
        Path written = Path.of(URI.create(status.location()));
        assertThat(written).startsWith(savepoints);
        assertThat(written.resolve("_metadata")).isNotEmptyFile();
        assertThat(client.checkpoints(id).completed()).isPositive();
        assertThat(waitFor(() -> client.jobs(), js -> true).get(0).running())
                .as("the job goes on after its savepoint")
                .isTrue();
    }

    @Test
    void aSavepointThatCannotBeWrittenSaysWhy() throws Exception {
        String id = job.getJobID().toHexString();
        waitFor(() -> client.jobs(), js -> !js.isEmpty() && js.get(0).running());
        Path file = Files.writeString(dir.resolve("not-a-folder"), "a file where the savepoint folder should be");

        SavepointStatus status =
                new FlinkJobs(client, file.resolve("sp").toUri().toString(), Clock.systemUTC()).savepoint(id);

        assertThat(status.state()).isEqualTo(SavepointStatus.State.FAILED);
        assertThat(status.failure()).isNotBlank();
    }

    /** Reads until done (the REST API starts a moment after the job is submitted: a failed read is "not yet"). */
    private static <T> T waitFor(Supplier<T> read, java.util.function.Predicate<T> done) {
        return Waiting.until("Flink's REST API", WAIT, Duration.ofMillis(200), read::get, done);
    }

    static final class ByTen implements KeySelector<Long, Long> {
        @Override
        public Long getKey(Long value) {
            return value % 10;
        }
    }

    /** Keyed state for the checkpoints to hold; slowed so the job runs for the test's length without racing. */
    static final class RunningSum extends RichMapFunction<Long, Long> {
        private transient ValueState<Long> sum;

        @Override
        public void open(OpenContext context) {
            sum = getRuntimeContext().getState(new ValueStateDescriptor<>("sum", Long.class));
        }

        @Override
        public Long map(Long value) throws Exception {
            Thread.sleep(1);
            Long before = sum.value();
            sum.update(before == null ? value : before + value);
            return value;
        }
    }
}
