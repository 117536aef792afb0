package dev.shoplens.dashboard.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.dashboard.BrowserPage;
import dev.shoplens.dashboard.BrowserTest;
import dev.shoplens.store.DuckDbSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Operations page in a real browser: an engineer follows a link to the late events, then picks another reason
 * from the counts, and the address follows. A manager is not offered the page.
 */
class OperationsBrowserIT extends BrowserTest {

    static final DuckDbSettings STORE = OperationsShop.create();
    static final Path SCREENSHOT = Path.of("target", "screenshots", "operations.png");

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("shoplens.store.duckdb-file", STORE::file);
    }

    @Test
    void anEngineerBrowsesRejectedInputByReason() throws Exception {
        signInAs("engineer");

        BrowserPage page = open("/operations?reason=late");
        page.waitUntil(d -> page.text("rejected-count").equals("5 rejected as late"));
        assertThat(page.navigation()).contains("Operations", "Models");
        assertThat(page.text("reason-filter")).contains("late");
        assertThat(page.cellTexts("rejected-grid"))
                .contains("kafka:events:1:4", "24 min late")
                .doesNotContain("Unexpected end");
        assertThat(page.cellTexts("sources-grid")).contains("kafka-1", "kafka-0", "900");
        assertThat(page.text("kpi-rejected")).isEqualTo("19");
        page.waitUntil(d -> page.chartDrawn("events-chart"));

        page.click(browser.findElements(By.cssSelector("#reasons-grid vaadin-grid-cell-content")).stream()
                .filter(cell -> cell.getText().equals("duplicate"))
                .findFirst()
                .orElseThrow());
        page.waitUntil(d -> page.text("rejected-count").equals("2 rejected as duplicate"));
        assertThat(page.currentUrl()).endsWith("/operations?reason=duplicate");
        page.saveScreenshot(SCREENSHOT);
        assertThat(SCREENSHOT).isNotEmptyFile();
    }

    @Test
    void aManagerIsNotOfferedOperations() {
        BrowserPage home = signInAs("manager");
        home.waitUntil(d -> home.navigation().contains("Customers"));

        assertThat(home.navigation()).doesNotContain("Operations");
    }
}
