package dev.shoplens.dashboard.operations.flink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Flink's REST API (the JobManager's, on a cluster or in a MiniCluster alike), read with the JDK's HTTP client:
 * the jobs, a job's vertices, checkpoints, restarts and back-pressure, and savepoints triggered and followed.
 * Every failure to ask or an error answer becomes a {@link FlinkUnavailableException} saying which.
 */
public class FlinkRestClient {

    private final URI base;
    private final Duration timeout;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    public FlinkRestClient(URI base, Duration timeout) {
        this.base = URI.create(base.toString().replaceAll("/+$", "") + "/");
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public URI base() {
        return base;
    }

    public List<FlinkJob> jobs() {
        return FlinkJob.fromOverview(get("jobs/overview"));
    }

    /** A job's vertices (its chained operators) and since when it runs, from {@code GET /jobs/:id}. */
    public JobDetails details(String jobId) {
        return JobDetails.from(get("jobs/" + jobId));
    }

    public record Vertex(String id, String name) {}

    /**
     * @param runningSince when the job last switched to RUNNING (after a restart, the restart's time), null when it
     *     never ran
     */
    public record JobDetails(List<Vertex> vertices, Instant runningSince) {

        static JobDetails from(JsonNode job) {
            List<Vertex> vertices = new ArrayList<>();
            for (JsonNode vertex : job.path("vertices")) {
                vertices.add(new Vertex(
                        vertex.path("id").asText(), vertex.path("name").asText()));
            }
            return new JobDetails(
                    List.copyOf(vertices),
                    FlinkJson.instant(job.path("timestamps").path("RUNNING")));
        }
    }

    public CheckpointStats checkpoints(String jobId) {
        return CheckpointStats.from(get("jobs/" + jobId + "/checkpoints"));
    }

    /**
     * How often the job restarted: Flink's {@code numRestarts} metric. The JobManager fetches metrics every few
     * seconds, so a young job may have none yet; then the failures in its exception history, each of which
     * restarted it (a truncated history undercounts, which the metric soon replaces).
     */
    public long restarts(String jobId) {
        Optional<Long> metric = restartsMetric(get("jobs/" + jobId + "/metrics?get=numRestarts"));
        return metric.orElseGet(() -> (long) get("jobs/" + jobId + "/exceptions")
                .path("exceptionHistory")
                .path("entries")
                .size());
    }

    static Optional<Long> restartsMetric(JsonNode metrics) {
        for (JsonNode metric : metrics) {
            if ("numRestarts".equals(metric.path("id").asText()) && metric.hasNonNull("value")) {
                return Optional.of(Long.parseLong(metric.path("value").asText()));
            }
        }
        return Optional.empty();
    }

    public BackPressure backPressure(String jobId, Vertex vertex) {
        return BackPressure.from(vertex.name(), get("jobs/" + jobId + "/vertices/" + vertex.id() + "/backpressure"));
    }

    /**
     * Asks for a savepoint of a running job, which goes on running; {@code targetDirectory} null: the directory
     * the cluster is configured with ({@code execution.checkpointing.savepoint-dir}). Returns the trigger id to
     * follow with {@link #savepoint}.
     */
    public String triggerSavepoint(String jobId, String targetDirectory) {
        ObjectNode body = json.createObjectNode().put("cancel-job", false);
        if (targetDirectory != null) {
            body.put("target-directory", targetDirectory);
        }
        return post("jobs/" + jobId + "/savepoints", body).path("request-id").asText();
    }

    public SavepointStatus savepoint(String jobId, String triggerId) {
        return SavepointStatus.from(get("jobs/" + jobId + "/savepoints/" + triggerId));
    }

    private JsonNode get(String path) {
        return send(request(path).GET().build());
    }

    private JsonNode post(String path, JsonNode body) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).header("Accept", "application/json");
    }

    private JsonNode send(HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new FlinkUnavailableException("Flink's REST API at " + base + " did not answer (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FlinkUnavailableException("interrupted while asking Flink at " + base, e);
        }
        JsonNode body = parse(response.body());
        if (response.statusCode() >= 300) {
            throw new FlinkUnavailableException("Flink answered " + response.statusCode() + " to "
                    + request.uri().getPath() + ": " + error(body));
        }
        return body;
    }

    private JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body);
        } catch (IOException e) {
            throw new FlinkUnavailableException("Flink's REST API at " + base + " answered something not JSON", e);
        }
    }

    /** The first line of Flink's first error: the message, without the handler's stack trace. */
    static String error(JsonNode body) {
        String first = body.path("errors").path(0).asText("no details");
        int newline = first.indexOf('\n');
        return newline < 0 ? first : first.substring(0, newline);
    }
}
