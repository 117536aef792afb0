package dev.shoplens.testing;

import com.sun.jna.Pointer;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real ClickHouse engine (libchdb, from the npm package {@code @chdb/lib-linux-x64-gnu}) answering
 * ClickHouse's HTTP interface on 127.0.0.1, so that tests exercise the production drivers (client-v2, jdbc-v2)
 * against real ClickHouse SQL where no Docker engine is available. Each request's query (with the body appended
 * for inserts) and output format go to {@code chdb_query_n}; errors come back as ClickHouse's HTTP errors do.
 * One engine per JVM (libchdb is a process-wide engine); queries run one at a time.
 *
 * <p>Once in many runs a call into the library never returned (a test then waited on its HTTP read until the build
 * was killed). Each call therefore runs on the engine's own thread and is given {@code shoplens.chdb.queryTimeoutSeconds}
 * (240 by default): past it the request fails with ClickHouse's timeout code, the stuck query and every thread's
 * stack go to standard error, and every later query fails at once, so the test fails with the reason instead of
 * hanging the build. The native call itself cannot be interrupted.
 */
public final class ChdbServer implements ClickHouseTestEngine {

    /** Where {@code bin/install-test-deps} puts the library, relative to the repository root. */
    static final String LIBRARY = ".tools/chdb/node_modules/@chdb/lib-linux-x64-gnu/libchdb.so";

    private static final Pattern EXCEPTION_CODE = Pattern.compile("Code: (\\d+)");

    private final Chdb chdb;
    private final JvmSignals jvmSignals;
    private final Pointer connectionPointer;
    private final Pointer connection;
    private final HttpServer http;
    private final ExecutorService engineThread = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "chdb-engine");
        thread.setDaemon(true);
        return thread;
    });
    private final Duration queryTimeout;
    private volatile String stuckQuery;

    private ChdbServer(
            Chdb chdb, JvmSignals jvmSignals, Pointer connectionPointer, HttpServer http, Duration queryTimeout) {
        this.queryTimeout = queryTimeout;
        this.chdb = chdb;
        this.jvmSignals = jvmSignals;
        this.connectionPointer = connectionPointer;
        this.connection = connectionPointer.getPointer(0);
        this.http = http;
    }

    /** Starts an engine with its data in {@code dataDir} and an HTTP endpoint on a free port. */
    public static ChdbServer start(Path dataDir) throws IOException {
        return start(dataDir, Duration.ofSeconds(Long.getLong("shoplens.chdb.queryTimeoutSeconds", 240)));
    }

    /** As {@link #start(Path)}, failing any query the engine has not answered within {@code queryTimeout}. */
    public static ChdbServer start(Path dataDir, Duration queryTimeout) throws IOException {
        Chdb chdb = Chdb.load(libraryPath().toString());
        Files.createDirectories(dataDir);
        JvmSignals jvmSignals = JvmSignals.save();
        chdb.chdb_set_signal_handlers_enabled(0);
        jvmSignals.restore();
        Pointer conn = chdb.chdb_connect(2, new String[] {"clickhouse", "--path=" + dataDir.toAbsolutePath()});
        jvmSignals.restore();
        if (conn == null || conn.getPointer(0) == null) {
            throw new IllegalStateException("libchdb could not open a connection on " + dataDir);
        }
        // Without TCP_NODELAY the JDK server's response (headers, then body) meets the client's delayed ACK: about 40
        // ms lost per query, several times the engine's own time on a page's small reads. ClickHouse's own server
        // sets it; the JDK server reads this property once, when its first server starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        ChdbServer server = new ChdbServer(chdb, jvmSignals, conn, http, queryTimeout);
        // A server runs each HTTP insert on its own; the embedded engine keeps one session for all of them, and now
        // and then took a plain "INSERT ... VALUES" for an asynchronous insert with external data and refused it
        // (code 48). Inserts here are synchronous, as the drivers expect of a server.
        server.query("SET async_insert = 0", "TabSeparated");
        http.createContext("/", server::handle);
        http.setExecutor(Executors.newFixedThreadPool(4));
        http.start();
        return server;
    }

    /** The library, from {@code SHOPLENS_CHDB_LIB} or the repository's tools folder. */
    static Path libraryPath() {
        String configured = System.getenv("SHOPLENS_CHDB_LIB");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(LIBRARY);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("libchdb.so not found: run bin/install-test-deps (it installs the npm"
                + " package @chdb/lib-linux-x64-gnu into .tools/chdb) or set SHOPLENS_CHDB_LIB");
    }

    public int port() {
        return http.getAddress().getPort();
    }

    @Override
    public String user() {
        return "default";
    }

    @Override
    public String password() {
        return "";
    }

    @Override
    public boolean compresses() {
        return false;
    }

    @Override
    public String url() {
        return "http://127.0.0.1:" + port();
    }

    /** Runs one query directly on the engine (tests use it to prepare and inspect data). */
    @Override
    public String query(String sql, String format) {
        Result result = execute(sql, format);
        if (result.error() != null) {
            throw new IllegalStateException(result.error());
        }
        return new String(result.body(), StandardCharsets.UTF_8);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> params = params(exchange.getRequestURI().getRawQuery());
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/ping")
                    || (path.equals("/")
                            && exchange.getRequestMethod().equals("GET")
                            && !params.containsKey("query"))) {
                respond(exchange, 200, "Ok.\n".getBytes(StandardCharsets.UTF_8), "TabSeparated");
                return;
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            String sql = params.containsKey("query")
                    ? params.get("query") + (body.length > 0 ? "\n" + new String(body, StandardCharsets.UTF_8) : "")
                    : new String(body, StandardCharsets.UTF_8);
            String format = format(exchange, params);
            if (Boolean.getBoolean("shoplens.chdb.trace")) {
                System.err.println("chdb <- " + exchange.getRequestURI() + " headers="
                        + exchange.getRequestHeaders().entrySet() + " format=" + format);
            }
            String database =
                    params.getOrDefault("database", exchange.getRequestHeaders().getFirst("X-ClickHouse-Database"));
            long started = System.nanoTime();
            Result result = executeIn(database, sql, format);
            if (Boolean.getBoolean("shoplens.chdb.trace")) {
                System.err.printf("chdb %.1f ms: %s%n", (System.nanoTime() - started) / 1e6, shortened(sql));
            }
            if (result.error() != null) {
                Matcher code = EXCEPTION_CODE.matcher(result.error());
                exchange.getResponseHeaders().add("X-ClickHouse-Exception-Code", code.find() ? code.group(1) : "1");
                respond(exchange, 500, result.error().getBytes(StandardCharsets.UTF_8), format);
            } else {
                respond(exchange, 200, result.body(), format);
            }
        }
    }

    /** The output format the client asked for: a URL setting, a header, or ClickHouse's default. */
    private static String format(HttpExchange exchange, Map<String, String> params) {
        if (params.containsKey("default_format")) {
            return params.get("default_format");
        }
        String header = exchange.getRequestHeaders().getFirst("X-ClickHouse-Format");
        return header != null ? header : "TabSeparated";
    }

    /** The session's database and the query, as one step: another request must not switch databases between. */
    private synchronized Result executeIn(String database, String sql, String format) {
        if (database != null && !database.isBlank()) {
            Result use = execute("USE " + database, "TabSeparated");
            if (use.error() != null) {
                return use;
            }
        }
        return execute(sql, format);
    }

    private synchronized Result execute(String sql, String format) {
        if (stuckQuery != null) {
            return new Result(null, "Code: 159. The embedded engine is stuck in an earlier query: " + stuckQuery);
        }
        Future<Result> call = engineThread.submit(() -> callEngine(sql, format));
        try {
            return call.get(queryTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            stuckQuery = shortened(sql);
            System.err.println("chdb: no answer in " + queryTimeout.toSeconds() + " s to: " + stuckQuery);
            Thread.getAllStackTraces().forEach((thread, stack) -> {
                System.err.println("\"" + thread.getName() + "\" " + thread.getState());
                for (StackTraceElement frame : stack) {
                    System.err.println("    at " + frame);
                }
            });
            return new Result(
                    null,
                    "Code: 159. The embedded engine did not answer in " + queryTimeout.toSeconds() + " s: "
                            + stuckQuery);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(null, "Code: 394. Interrupted while waiting for the embedded engine");
        } catch (ExecutionException e) {
            throw new IllegalStateException("the embedded engine failed", e.getCause());
        }
    }

    private static String shortened(String sql) {
        String oneLine = sql.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "...";
    }

    private Result callEngine(String sql, String format) {
        byte[] query = sql.getBytes(StandardCharsets.UTF_8);
        byte[] fmt = format.getBytes(StandardCharsets.UTF_8);
        Pointer result = chdb.chdb_query_n(connection, query, query.length, fmt, fmt.length);
        jvmSignals.restore();
        try {
            String error = chdb.chdb_result_error(result);
            if (error != null && !error.isEmpty()) {
                return new Result(null, error);
            }
            long length = chdb.chdb_result_length(result);
            Pointer buffer = chdb.chdb_result_buffer(result);
            byte[] bytes = length == 0 || buffer == null ? new byte[0] : buffer.getByteArray(0, (int) length);
            return new Result(bytes, null);
        } finally {
            chdb.chdb_destroy_query_result(result);
        }
    }

    private static void respond(HttpExchange exchange, int status, byte[] body, String format) throws IOException {
        exchange.getResponseHeaders().add("X-ClickHouse-Format", format);
        exchange.getResponseHeaders().add("X-ClickHouse-Timezone", "UTC");
        exchange.getResponseHeaders()
                .add("X-ClickHouse-Query-Id", UUID.randomUUID().toString());
        exchange.getResponseHeaders().add("X-ClickHouse-Server-Display-Name", "chdb");
        exchange.getResponseHeaders()
                .add(
                        "X-ClickHouse-Summary",
                        "{\"read_rows\":\"0\",\"read_bytes\":\"0\",\"written_rows\":\"0\",\"written_bytes\":\"0\","
                                + "\"total_rows_to_read\":\"0\",\"result_rows\":\"0\",\"result_bytes\":\"0\",\"elapsed_ns\":\"0\"}");
        exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=UTF-8");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static Map<String, String> params(String rawQuery) {
        Map<String, String> params = new LinkedHashMap<>();
        if (rawQuery == null) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(key, value);
        }
        return params;
    }

    @Override
    public void close() {
        http.stop(0);
        ((java.util.concurrent.ExecutorService) http.getExecutor()).shutdownNow();
        if (stuckQuery != null) {
            // Closing would wait for the stuck query; the JVM ends with the test class anyway.
            return;
        }
        synchronized (this) {
            chdb.chdb_close_conn(connectionPointer);
        }
        engineThread.shutdownNow();
    }

    private record Result(byte[] body, String error) {}
}
