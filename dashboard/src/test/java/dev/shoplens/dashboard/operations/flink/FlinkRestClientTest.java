package dev.shoplens.dashboard.operations.flink;

import static dev.shoplens.dashboard.operations.flink.FakeFlink.JOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The REST client on answers captured from Flink 2.2.1, as Flink wrote them. */
class FlinkRestClientTest {

    static final Duration TIMEOUT = Duration.ofSeconds(5);

    FakeFlink flink = FakeFlink.runningJob();
    FlinkRestClient client = new FlinkRestClient(flink.url(), TIMEOUT);

    @AfterEach
    void stop() {
        flink.close();
    }

    @Test
    void readsTheJobsOfTheOverview() {
        assertThat(client.jobs())
                .containsExactly(new FlinkJob(JOB, "feature job", "RUNNING", Instant.ofEpochMilli(1_795_921_597_229L)));
    }

    @Test
    void readsTheVerticesAndSinceWhenTheJobRuns() {
        FlinkRestClient.JobDetails details = client.details(JOB);

        assertThat(details.vertices())
                .extracting(FlinkRestClient.Vertex::name)
                .containsExactly("Source: Sequence Source -> Map", "Map -> Sink: Writer");
        assertThat(details.runningSince()).isEqualTo(Instant.ofEpochMilli(1_795_921_598_408L));
    }

    @Test
    void readsTheLatestCompletedCheckpointAndTheCounts() {
        CheckpointStats stats = client.checkpoints(JOB);

        assertThat(stats.completed()).isEqualTo(33);
        assertThat(stats.failed()).isEqualTo(2);
        assertThat(stats.inProgress()).isZero();
        assertThat(stats.latest())
                .isEqualTo(
                        new CheckpointStats.LatestCheckpoint(33, 2078L, 16L, Instant.ofEpochMilli(1_795_921_615_160L)));
        assertThat(stats.latestFailure())
                .as("Flink writes null when none failed lately")
                .isNull();
    }

    @Test
    void readsTheLatestFailedCheckpointWithItsMessage() {
        flink.on("/jobs/" + JOB + "/checkpoints", 200, "checkpoints-restored-failed.json");

        CheckpointStats stats = client.checkpoints(JOB);

        assertThat(stats.failed()).isEqualTo(5);
        assertThat(stats.latest().id()).isEqualTo(21);
        assertThat(stats.latest().stateSizeBytes()).isEqualTo(265);
        assertThat(stats.latestFailure())
                .isEqualTo(new CheckpointStats.FailedCheckpoint(
                        14,
                        Instant.ofEpochMilli(1_795_921_652_216L),
                        "An Exception occurred while triggering the checkpoint. IO-problem detected."));
    }

    @Test
    void restartsComeFromTheMetricAndElseFromTheExceptionHistory() {
        assertThat(client.restarts(JOB)).isZero();

        // The JobManager had not fetched the job's metrics yet: one failure in the history, one restart.
        flink.on("/jobs/" + JOB + "/metrics?get=numRestarts", 200, "metrics-not-fetched-yet.json");
        assertThat(client.restarts(JOB)).isEqualTo(1);
    }

    @Test
    void readsBackPressureAsTheWorstSubtask() {
        BackPressure source = client.backPressure(
                JOB, new FlinkRestClient.Vertex(FakeFlink.SOURCE_VERTEX, "Source: Sequence Source -> Map"));
        BackPressure sink =
                client.backPressure(JOB, new FlinkRestClient.Vertex(FakeFlink.SINK_VERTEX, "Map -> Sink: Writer"));

        assertThat(source).isEqualTo(new BackPressure("Source: Sequence Source -> Map", "ok", 0.0));
        assertThat(sink).isEqualTo(new BackPressure("Map -> Sink: Writer", "high", 0.87));
        assertThat(BackPressure.busier(source, sink)).isEqualTo(sink);
    }

    @Test
    void triggersASavepointToTheDirectoryAndFollowsItToItsPath() {
        String trigger = client.triggerSavepoint(JOB, "file:///var/lib/flink/sp");

        assertThat(trigger).isEqualTo(FakeFlink.TRIGGER);
        assertThat(flink.requests).contains("POST /jobs/" + JOB + "/savepoints");
        assertThat(flink.bodies).contains("{\"cancel-job\":false,\"target-directory\":\"file:///var/lib/flink/sp\"}");
        assertThat(client.savepoint(JOB, trigger))
                .isEqualTo(new SavepointStatus(
                        SavepointStatus.State.COMPLETED, "file:/var/lib/flink/sp/savepoint-c7181b-0406b157ca79", null));
    }

    @Test
    void withoutADirectoryTheClustersOwnIsUsed() {
        client.triggerSavepoint(JOB, null);

        assertThat(flink.bodies).contains("{\"cancel-job\":false}");
    }

    @Test
    void aSavepointInProgressAndAFailedOneSayWhy() {
        flink.on("/jobs/" + JOB + "/savepoints/" + FakeFlink.TRIGGER, 200, "savepoint-in-progress.json");
        assertThat(client.savepoint(JOB, FakeFlink.TRIGGER).state()).isEqualTo(SavepointStatus.State.IN_PROGRESS);

        flink.on("/jobs/" + JOB + "/savepoints/" + FakeFlink.TRIGGER, 200, "savepoint-failed.json");
        assertThat(client.savepoint(JOB, FakeFlink.TRIGGER))
                .isEqualTo(SavepointStatus.failed(
                        "java.io.IOException: Failed to create savepoint directory at file:/proc/no-savepoints-here"));
    }

    @Test
    void anErrorAnswerNamesFlinksMessage() {
        assertThatThrownBy(() -> client.checkpoints("0123456789abcdef0123456789abcdef"))
                .isInstanceOf(FlinkUnavailableException.class)
                .hasMessageContaining("404")
                .hasMessageContaining("Job 0123456789abcdef0123456789abcdef not found")
                .hasMessageNotContaining("\tat ");
    }

    @Test
    void anUnreachableFlinkSaysWhere() throws IOException {
        URI nobody;
        try (ServerSocket socket = new ServerSocket(0)) {
            nobody = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        FlinkRestClient unreachable = new FlinkRestClient(nobody, TIMEOUT);

        assertThatThrownBy(unreachable::jobs)
                .isInstanceOf(FlinkUnavailableException.class)
                .hasMessageContaining(nobody.toString())
                .hasMessageContaining("did not answer");
    }
}
