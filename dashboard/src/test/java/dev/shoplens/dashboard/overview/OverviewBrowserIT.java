package dev.shoplens.dashboard.overview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.dashboard.HeadlessChromium;
import dev.shoplens.dashboard.LiveShop;
import dev.shoplens.dashboard.TestShop;
import dev.shoplens.dashboard.security.LoginPage;
import dev.shoplens.store.DuckDbSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dashboard in a real browser, on a real server (production mode, as packaged), while a shop keeps writing
 * to the store: a manager signs in, sees live figures and sees them change without reloading the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class OverviewBrowserIT {

    static final DuckDbSettings STORE = TestShop.emptyStore();
    static final Path SCREENSHOT = Path.of("target", "screenshots", "overview.png");
    /** The page polls every 5 s; allow a few polls on slow, shared cores. */
    static final Duration CHANGE_TIMEOUT = Duration.ofSeconds(45);

    static LiveShop shop;

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("shoplens.store.duckdb-file", STORE::file);
    }

    @BeforeAll
    static void startSelling() {
        shop = LiveShop.start(STORE);
    }

    @AfterAll
    static void stopSelling() throws InterruptedException {
        shop.close();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aManagerSeesLiveFiguresChange() throws Exception {
        browser = HeadlessChromium.start();
        LoginPage login = LoginPage.open(browser, baseUrl());
        assertThat(login.demoNote()).contains("Demo users: manager, merchandiser, engineer, admin");
        login.signInAs("manager", "manager");

        OverviewPage overview = new OverviewPage(browser);
        Map<String, String> first = overview.waitForKpis(OverviewBrowserIT::allNonZero, Duration.ofSeconds(30));
        assertThat(overview.signedInUser()).isEqualTo("manager");
        assertThat(overview.text("freshness-badge")).startsWith("as of ").endsWith(" s behind");

        Map<String, String> later = overview.waitForKpis(
                kpis -> allNonZero(kpis)
                        && !kpis.get("kpi-orders-today").equals(first.get("kpi-orders-today"))
                        && !kpis.get("kpi-revenue-today").equals(first.get("kpi-revenue-today")),
                CHANGE_TIMEOUT);
        shop.assertHealthy();

        assertThat(number(later.get("kpi-orders-today"))).isGreaterThan(number(first.get("kpi-orders-today")));
        // The live shop started today: last week had nothing, so there is a figure to compare with but no change.
        assertThat(overview.text("kpi-revenue-today-compare")).isEqualTo("last week by this time: £0.00");
        assertThat(overview.text("at-risk-customers")).contains("customers are at high churn risk");
        assertThat(overview.text("at-risk-products-link")).isEqualTo("Open the inventory");
        assertThat(overview.chartDrawn())
                .as("the events chart has drawn its canvas")
                .isTrue();
        overview.saveScreenshot(SCREENSHOT);
        assertThat(SCREENSHOT).isNotEmptyFile();
    }

    @Test
    void theApiAsksForCredentialsOnTheRealServer() throws Exception {
        // MockMvc does not render errors; a real server dispatches a 401 to /error, which must not become a redirect.
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + "/api/status"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"ShopLens\"");
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    private static boolean allNonZero(Map<String, String> kpis) {
        return kpis.values().stream().allMatch(value -> value.matches(".*[1-9].*"));
    }

    private static double number(String figure) {
        return Double.parseDouble(figure.replace(",", ""));
    }
}
