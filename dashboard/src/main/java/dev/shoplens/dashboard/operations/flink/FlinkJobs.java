package dev.shoplens.dashboard.operations.flink;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Flink jobs as the Operations page shows them, and the savepoint action, over one {@link FlinkRestClient};
 * without a configured REST URL every read says so instead of failing.
 */
public class FlinkJobs {

    private static final Logger LOG = LoggerFactory.getLogger(FlinkJobs.class);
    /** The page lists the newest jobs; a long-lived session cluster keeps every finished one. */
    static final int JOBS_SHOWN = 20;

    static final Duration SAVEPOINT_POLL = Duration.ofMillis(500);
    /** Flink's own default checkpoint timeout: a savepoint that takes longer has failed there too. */
    static final Duration SAVEPOINT_TIMEOUT = Duration.ofMinutes(10);

    private final FlinkRestClient client;
    private final String savepointDir;
    private final Clock clock;

    public FlinkJobs(FlinkRestClient client, String savepointDir, Clock clock) {
        this.client = client;
        this.savepointDir = savepointDir;
        this.clock = clock;
    }

    public static FlinkJobs of(FlinkProperties properties) {
        FlinkRestClient client =
                properties.restUrl() == null ? null : new FlinkRestClient(properties.restUrl(), properties.timeout());
        return new FlinkJobs(client, properties.savepointDir(), Clock.systemUTC());
    }

    public static FlinkJobs notConfigured() {
        return new FlinkJobs(null, null, Clock.systemUTC());
    }

    public boolean configured() {
        return client != null;
    }

    /** The REST URL asked, for the page to name; null when none is configured. */
    public String restUrl() {
        return client == null ? null : client.base().toString();
    }

    /** Where savepoints go; null: the cluster's configured savepoint directory. */
    public String savepointDir() {
        return savepointDir;
    }

    public Instant now() {
        return clock.instant();
    }

    public FlinkJobsSnapshot read() {
        if (client == null) {
            return FlinkJobsSnapshot.notConfigured();
        }
        try {
            List<JobRow> rows = new ArrayList<>();
            for (FlinkJob job : client.jobs().stream().limit(JOBS_SHOWN).toList()) {
                rows.add(row(job));
            }
            return new FlinkJobsSnapshot(FlinkJobsSnapshot.Availability.READ, rows, clock.instant(), null);
        } catch (FlinkUnavailableException e) {
            LOG.debug("Flink's REST API could not be read", e);
            return FlinkJobsSnapshot.unreachable(e.getMessage());
        }
    }

    private JobRow row(FlinkJob job) {
        FlinkRestClient.JobDetails details = client.details(job.id());
        // A finished job's restarts and back-pressure are history; Flink no longer measures them.
        Long restarts = job.running() ? client.restarts(job.id()) : null;
        BackPressure busiest = job.running() ? busiest(job.id(), details.vertices()) : null;
        return new JobRow(job, details.runningSince(), restarts, client.checkpoints(job.id()), busiest);
    }

    private BackPressure busiest(String jobId, List<FlinkRestClient.Vertex> vertices) {
        return vertices.stream()
                .map(vertex -> client.backPressure(jobId, vertex))
                .reduce(BackPressure::busier)
                .orElse(null);
    }

    /**
     * Triggers a savepoint of {@code jobId} (to the configured directory, else the cluster's) and waits for its end:
     * the path written, or why it failed. Blocks, so callers run it off the page's thread.
     */
    public SavepointStatus savepoint(String jobId) {
        if (client == null) {
            return SavepointStatus.failed("no Flink REST URL is configured");
        }
        try {
            String trigger = client.triggerSavepoint(jobId, savepointDir);
            Instant deadline = clock.instant().plus(SAVEPOINT_TIMEOUT);
            SavepointStatus status = client.savepoint(jobId, trigger);
            while (status.state() == SavepointStatus.State.IN_PROGRESS
                    && clock.instant().isBefore(deadline)) {
                Thread.sleep(SAVEPOINT_POLL.toMillis());
                status = client.savepoint(jobId, trigger);
            }
            return status.state() == SavepointStatus.State.IN_PROGRESS
                    ? SavepointStatus.failed("not finished after " + SAVEPOINT_TIMEOUT.toMinutes() + " minutes")
                    : status;
        } catch (FlinkUnavailableException e) {
            return SavepointStatus.failed(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SavepointStatus.failed("interrupted while waiting for the savepoint");
        }
    }
}
