package dev.shoplens.dashboard.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.dashboard.HeadlessChromium;
import dev.shoplens.dashboard.security.LoginPage;
import dev.shoplens.store.DuckDbSettings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Inventory page in a real browser on a real server: a merchandiser sees the product that runs out before its
 * delivery at the top, charts it, shortens its lead time, and after reloading the page finds the new lead time with
 * her name and the plan that follows from it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class InventoryBrowserIT {

    static final DuckDbSettings STORE = InventoryShop.create();
    static final Path SCREENSHOT = Path.of("target", "screenshots", "inventory.png");

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("shoplens.store.duckdb-file", STORE::file);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aMerchandiserSeesTheRisksAndSetsALeadTimeThatPersists() throws Exception {
        browser = HeadlessChromium.start();
        String baseUrl = "http://localhost:" + port;
        LoginPage.open(browser, baseUrl).signInAs("merchandiser", "merchandiser");

        InventoryPage page = InventoryPage.open(browser, baseUrl, "p1");
        assertThat(page.navigation()).contains("Inventory");
        assertThat(page.text("inventory-status")).startsWith("3 products, 1 at risk");
        List<String> cells = page.cellTexts();
        assertThat(cells).contains("Runs out before delivery", "2026-03-07", "38% (naive 52%)");
        assertThat(cells.indexOf("p1")).isLessThan(cells.indexOf("p2"));
        assertThat(cells.indexOf("p2")).isLessThan(cells.indexOf("p3"));

        page.select("p1");
        assertThat(page.leadTime()).isEqualTo("7");
        assertThat(page.text("bought-with-caption")).startsWith("Products in the same orders as p1: 3 orders");
        assertThat(page.boughtWithCells()).containsSubsequence("p2", "3", "100%", "1.0", "p3", "1", "33%", "1.3");
        assertThat(page.chartDrawn())
                .as("the demand chart has drawn its canvas")
                .isTrue();
        page.saveLeadTime(3, "merchandiser");
        page.saveScreenshot(SCREENSHOT);
        assertThat(SCREENSHOT).isNotEmptyFile();

        // 3 days of 2 a day at 95%: Gamma(6, 1), chi2(0.95; 12) / 2 = 10.5, so 11; 10 on hand lasts the lead time.
        InventoryPage reloaded = InventoryPage.open(browser, baseUrl, "p1");
        assertThat(reloaded.cellTexts()).contains("Reorder now", "11").doesNotContain("Runs out before delivery");
        reloaded.select("p1");
        assertThat(reloaded.leadTime()).isEqualTo("3");
        assertThat(reloaded.text("policy-note")).contains("Set for this product by merchandiser");
    }

    @Test
    void aLinkRestoresTheFiltersAndTheChosenProductAndFollowsChanges() {
        browser = HeadlessChromium.start();
        String baseUrl = "http://localhost:" + port;
        LoginPage.open(browser, baseUrl).signInAs("manager", "manager");

        // The Overview links here with the risk filter; a merchandiser may send a link to one product.
        InventoryPage page = InventoryPage.openLink(browser, baseUrl, "inventory?risk=at_risk&product=p1", "p1");
        assertThat(page.cellTexts()).contains("p1").doesNotContain("p2", "p3");
        assertThat(page.text("chart-caption")).startsWith("Product p1");

        page.click("p1"); // clicking the chosen row again lets it go: the link forgets the product, keeps the filter
        String address = page.waitForAddress(url -> !url.contains("product="));
        assertThat(address).endsWith("/inventory?risk=at_risk");
    }
}
