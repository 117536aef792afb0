package dev.shoplens.dashboard.forecasts;

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
 * The Forecasts page in a real browser: a manager sees the spread, how past churn predictions turned out, and goes
 * from the at-risk list to a customer.
 */
class ForecastsBrowserIT extends BrowserTest {

    static final DuckDbSettings STORE = CalibrationShop.create();
    static final Path SCREENSHOT = Path.of("target", "screenshots", "forecasts.png");
    static final Path CALIBRATION_SCREENSHOT = Path.of("target", "screenshots", "forecasts-calibration.png");

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("shoplens.store.duckdb-file", STORE::file);
        // A shop whose purchase model looks two weeks ahead: the page names the horizon the job learns with.
        registry.add("shoplens.models.purchase-days", () -> "14");
    }

    @Test
    void aManagerActsOnTheAtRiskList() throws Exception {
        signInAs("manager");

        BrowserPage page = open("/forecasts");
        page.waitUntil(d -> page.text("kpi-at-risk").equals("10"));
        assertThat(page.cellTexts("at-risk-grid")).contains("c30", "80%", "£300.00");
        page.waitUntil(d -> page.chartDrawn("distribution-chart"));
        assertThat(page.text("calibration-note")).contains("version v2 on 100 customers");
        assertThat(page.cellTexts("calibration-grid")).contains("v2", "v1", "100", "50%", "45%");
        page.waitUntil(d -> page.chartDrawn("calibration-deciles"));
        page.waitUntil(d -> page.chartDrawn("calibration-over-time"));
        browser.executeScript("document.getElementById('calibration-panel').scrollIntoView()");
        page.saveScreenshot(CALIBRATION_SCREENSHOT);
        assertThat(CALIBRATION_SCREENSHOT).isNotEmptyFile();
        browser.executeScript("document.getElementById('at-risk-grid').scrollIntoView()");
        page.saveScreenshot(SCREENSHOT);
        assertThat(SCREENSHOT).isNotEmptyFile();

        browser.findElement(By.linkText("c30")).click();
        page.waitUntil(d -> page.text("customer-title").equals("Customer c30"));
    }

    @Test
    void aLinkOpensThePurchaseCalibration() throws Exception {
        signInAs("manager");

        BrowserPage page = open("/forecasts?calibration=purchase");
        page.waitUntil(d -> page.text("calibration-note").equals("No version has been measured on outcomes yet"));
        assertThat(page.text("calibration-kind")).contains("Purchase within 14 days");
    }
}
