package dev.shoplens.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A ClickHouse for the tests, reached the way production reaches one: its HTTP interface, a user and a password.
 * By default the ClickHouse engine itself (libchdb) behind that interface, which needs no Docker; with
 * {@code -Dshoplens.clickhouse=server} the official {@code clickhouse/clickhouse-server} image through
 * Testcontainers, on machines with Docker ({@code bin/shoplens test} adds that pass where Docker answers).
 */
public interface ClickHouseTestEngine extends AutoCloseable {

    /** The system property that picks the engine: {@code chdb} (the default) or {@code server}. */
    String ENGINE_PROPERTY = "shoplens.clickhouse";

    /** The HTTP endpoint, e.g. {@code http://127.0.0.1:32768}. */
    String url();

    String user();

    String password();

    /**
     * Whether clients may compress what they send and ask for compressed answers, as production does. The embedded
     * engine's HTTP adapter passes bodies to the engine as they are, so clients of it must not compress.
     */
    boolean compresses();

    /** Runs one statement and returns its output in {@code format} (e.g. TabSeparated); fails on an error. */
    String query(String sql, String format);

    @Override
    void close();

    /** Starts the engine the system property picks; {@code dataDir} holds the embedded engine's files. */
    static ClickHouseTestEngine start(Path dataDir) throws IOException {
        return switch (chosen()) {
            case "chdb" -> ChdbServer.start(dataDir);
            case "server" -> ClickHouseServerContainer.start();
            default -> throw new IllegalArgumentException(
                    ENGINE_PROPERTY + " must be chdb or server, was " + System.getProperty(ENGINE_PROPERTY));
        };
    }

    /** The engine the system property picks, lower case; {@code chdb} where it is not set. */
    static String chosen() {
        String engine = System.getProperty(ENGINE_PROPERTY, "chdb").strip().toLowerCase(Locale.ROOT);
        return engine.isEmpty() ? "chdb" : engine;
    }
}
