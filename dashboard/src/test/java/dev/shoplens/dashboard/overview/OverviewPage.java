package dev.shoplens.dashboard.overview;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The Overview as the browser shows it: the KPI figures, the freshness badge, the chart. */
final class OverviewPage {

    static final String[] KPI_IDS = {
        "kpi-events-per-minute", "kpi-active-customers", "kpi-orders-today", "kpi-revenue-today"
    };

    private final WebDriver driver;

    OverviewPage(WebDriver driver) {
        this.driver = driver;
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    Map<String, String> kpis() {
        return Map.of(
                KPI_IDS[0], text(KPI_IDS[0]),
                KPI_IDS[1], text(KPI_IDS[1]),
                KPI_IDS[2], text(KPI_IDS[2]),
                KPI_IDS[3], text(KPI_IDS[3]));
    }

    String signedInUser() {
        return text("current-user");
    }

    boolean chartDrawn() {
        return !driver.findElements(By.cssSelector("#events-chart[data-rendered] canvas"))
                .isEmpty();
    }

    /** Waits until the KPIs satisfy {@code condition}; the page refreshes itself, the test never reloads it. */
    Map<String, String> waitForKpis(Predicate<Map<String, String>> condition, Duration timeout) {
        return new WebDriverWait(driver, timeout).until(d -> {
            Map<String, String> kpis = kpis();
            return condition.test(kpis) ? kpis : null;
        });
    }

    void saveScreenshot(Path file) throws java.io.IOException {
        Files.createDirectories(file.getParent());
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(file, png);
    }
}
