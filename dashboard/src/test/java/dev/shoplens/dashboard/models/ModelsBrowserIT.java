package dev.shoplens.dashboard.models;

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
 * The Models page in a real browser: an engineer sees which churn version serves and why v3 was not promoted, the
 * quality chart and what the model learnt; choosing another kind changes the address.
 */
class ModelsBrowserIT extends BrowserTest {

    static final DuckDbSettings STORE = ModelShop.create();
    static final Path SCREENSHOT = Path.of("target", "screenshots", "models.png");

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("shoplens.store.duckdb-file", STORE::file);
    }

    @Test
    void anEngineerReadsTheRegistry() throws Exception {
        signInAs("engineer");

        BrowserPage page = open("/models?kind=churn");
        page.waitUntil(d -> page.text("serving-version").startsWith("v2 serves"));
        assertThat(page.navigation()).contains("Models").doesNotContain("Customers", "Inventory");
        assertThat(page.cellTexts("versions-grid")).contains("v3", "not promoted", "serving", "warm start from v1");
        assertThat(page.text("feature-weights")).startsWith("More days since the last order raises the churn risk");
        page.waitUntil(d -> page.chartDrawn("metrics-chart"));
        page.saveScreenshot(SCREENSHOT);
        assertThat(SCREENSHOT).isNotEmptyFile();

        browser.findElement(By.id("kind-select")).click();
        browser.findElement(By.xpath("//vaadin-select-item[normalize-space()='Purchase']"))
                .click();
        page.waitUntil(d -> page.text("serving-version").equals("No version trained yet."));
        assertThat(page.currentUrl()).endsWith("/models?kind=purchase");
    }

    @Test
    void anEngineerComparesTheNightlyLstmWithTheLogisticModel() throws Exception {
        signInAs("engineer");

        BrowserPage page = open("/models?kind=purchase_lstm");
        page.waitUntil(d -> page.text("serving-version").startsWith("v1 serves"));
        assertThat(page.text("serving-version")).contains("AUC 0.820");
        assertThat(page.text("feature-weights")).startsWith("An LSTM has no weights to read");
        page.waitUntil(d -> page.cellTexts("champion-grid").contains("2026-03-03"));
        assertThat(page.cellTexts("champion-grid"))
                .contains("2026-03-02", "0.801", "0.823", "LSTM", "0.812", "0.790", "logistic model");
        assertThat(browser.findElements(By.id("export-nights-csv"))).hasSize(1);
        assertThat(browser.findElements(By.id("export-runs-csv"))).hasSize(1);
        page.waitUntil(d -> page.cellTexts("retrain-runs-grid").contains("failed"));
        assertThat(page.cellTexts("retrain-runs-grid"))
                .contains("promoted", "v1", "7", "950", "120.5", "an order amount is not a number");
        page.saveScreenshot(Path.of("target", "screenshots", "models-lstm.png"));

        BrowserPage churn = open("/models?kind=churn");
        churn.waitUntil(d -> churn.text("serving-version").startsWith("v2 serves"));
        assertThat(browser.findElements(By.id("champion-panel")))
                .as("the comparison belongs to the LSTM kinds: a hidden panel is not even sent to the browser")
                .allSatisfy(panel -> assertThat(panel.isDisplayed()).isFalse());
    }
}
