package dev.shoplens.dashboard.operations.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The jobs as the page gets them: one row per job, or why there are none. */
class FlinkJobsTest {

    /** Ten seconds after the captured job's latest checkpoint completed. */
    static final Instant NOW = Instant.ofEpochMilli(1_795_921_625_160L);

    static FlinkJobs on(URI url, String savepointDir) {
        return new FlinkJobs(
                new FlinkRestClient(url, Duration.ofSeconds(5)), savepointDir, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aRunningJobsRowHasItsUptimeRestartsCheckpointAndBusiestVertex() {
        try (FakeFlink flink = FakeFlink.runningJob()) {
            FlinkJobsSnapshot snapshot = on(flink.url(), null).read();

            assertThat(snapshot.availability()).isEqualTo(FlinkJobsSnapshot.Availability.READ);
            assertThat(snapshot.readAt()).isEqualTo(NOW);
            JobRow row = snapshot.jobs().get(0);
            assertThat(row.job().name()).isEqualTo("feature job");
            assertThat(row.uptime(NOW)).isEqualTo(Duration.ofMillis(1_795_921_625_160L - 1_795_921_598_408L));
            assertThat(row.restarts()).isZero();
            assertThat(row.checkpoints().latest().id()).isEqualTo(33);
            assertThat(row.checkpointAge(NOW)).isEqualTo(Duration.ofSeconds(10));
            assertThat(row.busiest()).isEqualTo(new BackPressure("Map -> Sink: Writer", "high", 0.87));
        }
    }

    @Test
    void withoutAUrlItSaysFlinkIsNotConfigured() {
        FlinkJobs jobs = FlinkJobs.notConfigured();

        assertThat(jobs.configured()).isFalse();
        assertThat(jobs.read().availability()).isEqualTo(FlinkJobsSnapshot.Availability.NOT_CONFIGURED);
        assertThat(jobs.savepoint(FakeFlink.JOB).failure()).contains("no Flink REST URL");
    }

    @Test
    void anUnreachableFlinkIsAProblemToShowNotAFailure() throws IOException {
        URI nobody;
        try (ServerSocket socket = new ServerSocket(0)) {
            nobody = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        FlinkJobsSnapshot snapshot = on(nobody, null).read();

        assertThat(snapshot.availability()).isEqualTo(FlinkJobsSnapshot.Availability.UNREACHABLE);
        assertThat(snapshot.problem()).contains(nobody.toString());
        assertThat(snapshot.jobs()).isEmpty();
    }

    @Test
    void aSavepointIsTriggeredToTheConfiguredDirectoryAndFollowedToItsEnd() {
        try (FakeFlink flink = FakeFlink.runningJob()) {
            flink.on("/jobs/" + FakeFlink.JOB + "/savepoints/" + FakeFlink.TRIGGER, 200, "savepoint-failed.json");

            SavepointStatus status =
                    on(flink.url(), "file:///proc/no-savepoints-here").savepoint(FakeFlink.JOB);

            assertThat(flink.bodies).anyMatch(body -> body.contains("file:///proc/no-savepoints-here"));
            assertThat(status.state()).isEqualTo(SavepointStatus.State.FAILED);
            assertThat(status.failure()).contains("Failed to create savepoint directory");
        }
    }

    @Test
    void propertiesRefuseAUrlThatIsNotHttp() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new FlinkProperties(URI.create("jobmanager:8081"), null, null))
                .hasMessageContaining("http(s)");
        assertThat(new FlinkProperties(URI.create(""), " ", null))
                .isEqualTo(new FlinkProperties(null, null, FlinkProperties.DEFAULT_TIMEOUT));
    }
}
