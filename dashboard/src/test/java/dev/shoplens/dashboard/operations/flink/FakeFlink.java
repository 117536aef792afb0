package dev.shoplens.dashboard.operations.flink;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A JobManager's REST API that answers with responses captured from Flink 2.2.1 (under {@code flink-rest/}, the
 * files as Flink wrote them, with long stack traces shortened): each path is given a status and a file; any other
 * path gets Flink's own 404 answer. Requests' bodies are kept for the test to read.
 */
final class FakeFlink implements AutoCloseable {

    static final String JOB = "c7181becb0c4bb5609b3700828a2eb8a";
    static final String SOURCE_VERTEX = "cbc357ccb763df2852fee8c4fc7d55f2";
    static final String SINK_VERTEX = "90bea66de1c231edf33913ecd54406c1";
    static final String TRIGGER = "5d03c7e251c23f61069392171acaf253";

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    final List<String> requests = new CopyOnWriteArrayList<>();
    final List<String> bodies = new CopyOnWriteArrayList<>();

    record Answer(int status, String file) {}

    FakeFlink() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
    }

    /**
     * The captured running job: one job with two vertices, 33 checkpoints, no restarts; its sink vertex answers
     * with the captured back-pressure answer made high (87% in one subtask, 20% in another) to have a busiest one.
     */
    static FakeFlink runningJob() {
        FakeFlink flink = new FakeFlink();
        flink.on("/jobs/overview", 200, "jobs-overview.json");
        flink.on("/jobs/" + JOB, 200, "job-details.json");
        flink.on("/jobs/" + JOB + "/checkpoints", 200, "checkpoints.json");
        flink.on("/jobs/" + JOB + "/metrics?get=numRestarts", 200, "metrics-num-restarts.json");
        flink.on("/jobs/" + JOB + "/exceptions", 200, "exceptions.json");
        flink.on("/jobs/" + JOB + "/vertices/" + SOURCE_VERTEX + "/backpressure", 200, "backpressure.json");
        flink.on("/jobs/" + JOB + "/vertices/" + SINK_VERTEX + "/backpressure", 200, "backpressure-high.json");
        flink.on("/jobs/" + JOB + "/savepoints", 202, "savepoint-trigger.json");
        flink.on("/jobs/" + JOB + "/savepoints/" + TRIGGER, 200, "savepoint-completed.json");
        return flink;
    }

    FakeFlink on(String pathAndQuery, int status, String file) {
        answers.put(pathAndQuery, new Answer(status, file));
        return this;
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    static String fixture(String file) {
        try (InputStream in = FakeFlink.class.getResourceAsStream("/flink-rest/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        String key = uri.getRawQuery() == null ? uri.getPath() : uri.getPath() + "?" + uri.getRawQuery();
        requests.add(exchange.getRequestMethod() + " " + key);
        bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Answer answer = answers.getOrDefault(key, new Answer(404, "job-not-found.json"));
        byte[] body = fixture(answer.file()).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(answer.status(), body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
