package dev.shoplens.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shoplens.testing.Waiting;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A Flink session cluster as an operator runs one: a JobManager and a TaskManager, each a process of its own started
 * from {@code lib} (Flink's jars, no job classes: those come only with the jar submitted), configured by a
 * {@code config.yaml} in a folder of their own, and driven only through the REST API. The memory sizes are set
 * explicitly, as Flink's start scripts would work them out from a process size.
 */
final class FlinkSessionCluster implements AutoCloseable {

    /** What Flink's distribution passes to every JVM on Java 17 ({@code env.java.opts.all} of its config.yaml). */
    private static final List<String> JAVA_17_OPENS = List.of(
            "--add-exports=java.base/sun.net.util=ALL-UNNAMED",
            "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
            "--add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED",
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
            "--add-opens=java.base/java.text=ALL-UNNAMED",
            "--add-opens=java.base/java.time=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final String restUrl;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> processes = new ArrayList<>();

    private FlinkSessionCluster(Path dir, int restPort) {
        this.dir = dir;
        this.restUrl = "http://127.0.0.1:" + restPort;
    }

    /**
     * Starts the JobManager and the TaskManager (two slots, RocksDB) and waits until the TaskManager has registered.
     *
     * @param lib Flink's jars
     * @param dir the cluster's configuration, logs, uploads, checkpoints and savepoints
     * @param env environment variables of both processes (the job reads its secrets from there)
     */
    static FlinkSessionCluster start(Path lib, Path dir, Map<String, String> env) throws Exception {
        int restPort = freePort();
        FlinkSessionCluster cluster = new FlinkSessionCluster(dir, restPort);
        Path conf = Files.createDirectories(dir.resolve("conf"));
        Files.writeString(conf.resolve("config.yaml"), config(dir, freePort(), restPort));
        Files.writeString(
                conf.resolve("log4j.properties"),
                String.join(
                        "\n",
                        "rootLogger.level = INFO",
                        "rootLogger.appenderRef.file.ref = MainAppender",
                        "appender.main.name = MainAppender",
                        "appender.main.type = File",
                        "appender.main.fileName = ${sys:log.file}",
                        "appender.main.layout.type = PatternLayout",
                        "appender.main.layout.pattern = %d{HH:mm:ss,SSS} %-5p %c{1} - %m%n",
                        ""));
        try {
            cluster.launch(
                    lib,
                    env,
                    "jobmanager",
                    List.of("-Xmx512m"),
                    "org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint");
            // Heap: framework + task heap; direct: framework + task off-heap + network; as config() sets them.
            cluster.launch(
                    lib,
                    env,
                    "taskmanager",
                    List.of("-Xms640m", "-Xmx640m", "-XX:MaxDirectMemorySize=192m", "-XX:MaxMetaspaceSize=256m"),
                    "org.apache.flink.runtime.taskexecutor.TaskManagerRunner");
            cluster.await(
                    "a TaskManager registered",
                    Duration.ofMinutes(3),
                    () -> cluster.get("/overview").path("taskmanagers").asInt() >= 1);
            return cluster;
        } catch (Exception | AssertionError e) {
            cluster.close();
            throw e;
        }
    }

    private static String config(Path dir, int rpcPort, int restPort) {
        return String.join(
                "\n",
                "jobmanager.rpc.address: 127.0.0.1",
                "jobmanager.rpc.port: " + rpcPort,
                "jobmanager.bind-host: 127.0.0.1",
                "rest.address: 127.0.0.1",
                "rest.bind-address: 127.0.0.1",
                "rest.port: " + restPort,
                "taskmanager.host: 127.0.0.1",
                "taskmanager.bind-host: 127.0.0.1",
                "taskmanager.numberOfTaskSlots: 2",
                "taskmanager.cpu.cores: 2.0",
                "taskmanager.memory.framework.heap.size: 128m",
                "taskmanager.memory.framework.off-heap.size: 128m",
                "taskmanager.memory.task.heap.size: 512m",
                "taskmanager.memory.task.off-heap.size: 0m",
                "taskmanager.memory.network.min: 64m",
                "taskmanager.memory.network.max: 64m",
                "taskmanager.memory.managed.size: 256m",
                "taskmanager.memory.jvm-metaspace.size: 256m",
                "taskmanager.memory.jvm-overhead.min: 192m",
                "taskmanager.memory.jvm-overhead.max: 192m",
                "parallelism.default: 2",
                "state.backend.type: rocksdb",
                "execution.checkpointing.dir: " + dir.resolve("checkpoints").toUri(),
                "execution.checkpointing.savepoint-dir: "
                        + dir.resolve("savepoints").toUri(),
                "io.tmp.dirs: " + dir.resolve("tmp"),
                "web.tmpdir: " + dir.resolve("web"),
                "web.upload.dir: " + dir.resolve("upload"),
                "");
    }

    private void launch(Path lib, Map<String, String> env, String name, List<String> memory, String mainClass)
            throws IOException {
        Files.createDirectories(dir.resolve("tmp"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(memory);
        command.add("-XX:+IgnoreUnrecognizedVMOptions");
        command.addAll(JAVA_17_OPENS);
        command.add("-Dlog.file=" + dir.resolve(name + ".log"));
        command.add("-Dlog4j.configurationFile="
                + dir.resolve("conf/log4j.properties").toUri());
        command.add("-cp");
        command.add(lib.toAbsolutePath() + "/*");
        command.add(mainClass);
        command.add("--configDir");
        command.add(dir.resolve("conf").toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".out").toFile());
        builder.environment().putAll(env);
        builder.environment().put("FLINK_CONF_DIR", dir.resolve("conf").toString());
        processes.add(builder.start());
    }

    /** Uploads a job jar as {@code POST /jars/upload} does from Flink's web UI; returns the jar's id. */
    String upload(Path jar) throws Exception {
        String boundary = "----shoplens" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\n"
                        + "Content-Disposition: form-data; name=\"jarfile\"; filename=\"" + jar.getFileName() + "\"\r\n"
                        + "Content-Type: application/x-java-archive\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(Files.readAllBytes(jar));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        JsonNode answer = send(HttpRequest.newBuilder(URI.create(restUrl + "/jars/upload"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
        String file = answer.path("filename").asText();
        return Path.of(file).getFileName().toString();
    }

    /** Runs an uploaded jar's main class ({@code savepoint} null: from scratch); returns the job's id. */
    String run(String jarId, String entryClass, List<String> args, String savepoint) throws Exception {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("entryClass", entryClass);
        request.put("programArgsList", args);
        if (savepoint != null) {
            request.put("savepointPath", savepoint);
            request.put("allowNonRestoredState", false);
        }
        return post("/jars/" + jarId + "/run", request).path("jobid").asText();
    }

    /** Stops the job with a savepoint in the cluster's savepoint folder (not draining); returns its location. */
    String stopWithSavepoint(String jobId) throws Exception {
        String trigger = post(
                        "/jobs/" + jobId + "/stop",
                        Map.of(
                                "targetDirectory",
                                dir.resolve("savepoints").toUri().toString(),
                                "drain",
                                false))
                .path("request-id")
                .asText();
        String[] location = {null};
        await("the savepoint of " + jobId, Duration.ofMinutes(2), () -> {
            JsonNode state = get("/jobs/" + jobId + "/savepoints/" + trigger);
            if (!state.path("status").path("id").asText().equals("COMPLETED")) {
                return false;
            }
            JsonNode operation = state.path("operation");
            if (operation.has("failure-cause")) {
                throw new AssertionError("the savepoint failed: " + operation.path("failure-cause"));
            }
            location[0] = operation.path("location").asText();
            return true;
        });
        return location[0];
    }

    String jobStatus(String jobId) throws Exception {
        return get("/jobs/" + jobId + "/status").path("status").asText();
    }

    /** The checkpoint or savepoint the job started from ({@code latest.restored}); missing when it started afresh. */
    JsonNode restoredFrom(String jobId) throws Exception {
        return get("/jobs/" + jobId + "/checkpoints").path("latest").path("restored");
    }

    /** Completed checkpoints of the job so far. */
    long completedCheckpoints(String jobId) throws Exception {
        return get("/jobs/" + jobId + "/checkpoints")
                .path("counts")
                .path("completed")
                .asLong();
    }

    void cancel(String jobId) throws Exception {
        http.send(
                HttpRequest.newBuilder(URI.create(restUrl + "/jobs/" + jobId + "?mode=cancel"))
                        .method("PATCH", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }

    JsonNode get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(restUrl + path)).GET().build());
    }

    private JsonNode post(String path, Object body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(restUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build());
    }

    private JsonNode send(HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /**
     * Polls {@code condition} (a failed call counts as not yet) until it holds; a process that exits ends the wait.
     * Either failure comes with the logs' ends.
     */
    void await(String what, Duration timeout, Check condition) {
        try {
            Waiting.until(what, timeout, Duration.ofMillis(500), () -> {
                for (Process p : processes) {
                    if (!p.isAlive()) {
                        throw new AssertionError("a Flink process exited (" + p.exitValue() + ")");
                    }
                }
                return condition.holds();
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + " while waiting for " + what + "\n" + logs(), e);
        }
    }

    /** The last lines of each process's log: what a failed test shows. */
    String logs() {
        StringBuilder out = new StringBuilder();
        for (String name : List.of("jobmanager.log", "jobmanager.out", "taskmanager.log", "taskmanager.out")) {
            Path file = dir.resolve(name);
            try {
                List<String> lines = Files.exists(file) ? Files.readAllLines(file) : List.of();
                out.append("--- ").append(name).append(" (last 40 lines)\n");
                lines.subList(Math.max(0, lines.size() - 40), lines.size())
                        .forEach(l -> out.append(l).append('\n'));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out.toString();
    }

    @Override
    public void close() {
        for (Process p : processes) {
            p.destroy(); // SIGTERM: Flink shuts down and removes its temporary files
        }
        for (Process p : processes) {
            try {
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A condition polled over REST; an exception means "not yet". */
    @FunctionalInterface
    interface Check {
        boolean holds() throws Exception;
    }
}
