package dev.shoplens.launcher.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shoplens.dashboard.HeadlessChromium;
import dev.shoplens.dashboard.security.LoginPage;
import dev.shoplens.launcher.DataDir;
import dev.shoplens.store.read.ShopReader;
import dev.shoplens.store.read.ShopStatus;
import dev.shoplens.testing.Waiting;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole demo as a newcomer meets it: simulated shop, in-process Flink, DuckDB and the dashboard in one JVM.
 * A real browser signs in and watches the Overview's numbers change; the status read from the stopped demo's
 * store agrees with what the running demo reported.
 */
class DemoBrowserIT {

    static final List<String> KPIS =
            List.of("kpi-events-per-minute", "kpi-active-customers", "kpi-orders-today", "kpi-revenue-today");

    @TempDir
    Path dir;

    @Test
    void aManagerSeesTheLiveShopAndStatusAgreesAfterwards() throws Exception {
        DemoSettings settings = new DemoSettings(0, DemoSettings.LOCAL_ONLY, dir, 300, 40, 20, 600, 7);
        Demo demo = Demo.start(settings, new DataDir(dir));
        JsonNode running;
        WebDriver browser = HeadlessChromium.start();
        try {
            String base = "http://localhost:" + demo.port();
            // Orders are stored as they come, the accepted events once their minute closes: wait for both.
            JsonNode first = waitForStatus(
                    base,
                    s -> s.path("orders").asLong() > 0
                            && s.path("events").path("accepted").asLong() > 0,
                    Duration.ofSeconds(120));
            assertOnlyThisMachineCanConnect(demo.port());

            LoginPage.open(browser, base).signInAs("manager", "manager");
            Map<String, String> before = waitForKpis(
                    browser, k -> k.values().stream().noneMatch(v -> v.isBlank() || v.equals("0") || v.equals("—")));
            Map<String, String> after = waitForKpis(browser, k -> !k.equals(before));
            assertThat(after).as("the page refreshes itself with live numbers").isNotEqualTo(before);
            assertThat(browser.findElement(By.id("freshness-badge")).getText()).contains("behind");
            saveScreenshot(browser, Path.of("target", "screenshots", "demo-overview.png"));

            running = waitForStatus(
                    base,
                    s -> s.path("events").path("accepted").asLong()
                            > first.path("events").path("accepted").asLong(),
                    Duration.ofSeconds(60));
            assertThat(running.path("freshness").path("wallClockLagSeconds").asDouble())
                    .isLessThan(30);
        } finally {
            browser.quit();
            demo.stop();
        }

        ShopStatus stopped;
        try (ShopReader reader = new DataDir(dir).store().asReadOnly().openReader()) {
            stopped = reader.status();
        }
        assertThat(stopped.eventsAccepted())
                .isGreaterThanOrEqualTo(running.path("events").path("accepted").asLong());
        assertThat(stopped.orders())
                .isGreaterThanOrEqualTo(running.path("orders").asLong());
        assertThat(stopped.customers())
                .isGreaterThanOrEqualTo(running.path("customers").asLong());
        assertThat(stopped.eventsRejected())
                .isEqualTo(running.path("events").path("rejected").asLong());
    }

    /** The demo's users are public: it listens on the loopback address, not on this machine's other addresses. */
    private static void assertOnlyThisMachineCanConnect(int port) throws SocketException {
        for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
            for (InetAddress address : nic.inetAddresses().toList()) {
                if (!address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
                    assertThatThrownBy(() -> new Socket(address, port).close())
                            .as("connecting through %s", address)
                            .isInstanceOf(ConnectException.class);
                }
            }
        }
    }

    private static JsonNode waitForStatus(String base, Predicate<JsonNode> condition, Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        String auth = Base64.getEncoder().encodeToString("engineer:engineer".getBytes(StandardCharsets.UTF_8));
        return Waiting.until(
                "the demo's status",
                timeout,
                Duration.ofMillis(500),
                () -> {
                    HttpResponse<String> response = http.send(
                            HttpRequest.newBuilder(URI.create(base + "/api/status"))
                                    .header("Authorization", "Basic " + auth)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertThat(response.statusCode()).isEqualTo(200);
                    return new ObjectMapper().readTree(response.body());
                },
                condition);
    }

    private static Map<String, String> waitForKpis(WebDriver browser, Predicate<Map<String, String>> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(90)).until(d -> {
            Map<String, String> kpis = new java.util.LinkedHashMap<>();
            for (String id : KPIS) {
                kpis.put(id, d.findElement(By.id(id)).getText().strip());
            }
            return condition.test(kpis) ? kpis : null;
        });
    }

    private static void saveScreenshot(WebDriver browser, Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
