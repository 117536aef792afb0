package dev.shoplens.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.testcontainers.clickhouse.ClickHouseContainer;

/**
 * The official ClickHouse server image in a container (Testcontainers), for machines with Docker. Loaded only when
 * chosen, so the tests run without Testcontainers' classes where the embedded engine serves.
 */
final class ClickHouseServerContainer implements ClickHouseTestEngine {

    /** The server release the tests are checked against where Docker exists; the embedded engine is 26.x. */
    static final String IMAGE = "clickhouse/clickhouse-server:25.8";

    private final ClickHouseContainer container;
    private final HttpClient http = HttpClient.newHttpClient();

    private ClickHouseServerContainer(ClickHouseContainer container) {
        this.container = container;
    }

    static ClickHouseServerContainer start() {
        ClickHouseContainer container = new ClickHouseContainer(IMAGE)
                .withUsername("default")
                .withPassword("shoplens")
                // The default user may create databases, as the store's schema migration does.
                .withEnv("CLICKHOUSE_DEFAULT_ACCESS_MANAGEMENT", "1");
        container.start();
        return new ClickHouseServerContainer(container);
    }

    @Override
    public String url() {
        return "http://" + container.getHost() + ":" + container.getMappedPort(8123);
    }

    @Override
    public String user() {
        return container.getUsername();
    }

    @Override
    public String password() {
        return container.getPassword();
    }

    @Override
    public boolean compresses() {
        return true;
    }

    @Override
    public String query(String sql, String format) {
        String credentials =
                Base64.getEncoder().encodeToString((user() + ":" + password()).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(url() + "/?default_format=" + URLEncoder.encode(format, StandardCharsets.UTF_8)))
                .header("Authorization", "Basic " + credentials)
                .POST(HttpRequest.BodyPublishers.ofString(sql))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while querying ClickHouse", e);
        }
    }

    @Override
    public void close() {
        container.stop();
    }
}
