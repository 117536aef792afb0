package dev.shoplens.dashboard.inventory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The Inventory page as the browser shows it: the grid's cells, the chart, the lead time editor. */
final class InventoryPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    private InventoryPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Opens the page and waits until the grid shows {@code product}. */
    static InventoryPage open(WebDriver driver, String baseUrl, String product) {
        return openLink(driver, baseUrl, "inventory", product);
    }

    /** Opens {@code link} (e.g. {@code inventory?risk=at_risk}) and waits until the grid shows {@code product}. */
    static InventoryPage openLink(WebDriver driver, String baseUrl, String link, String product) {
        driver.get(baseUrl + "/" + link);
        InventoryPage page = new InventoryPage(driver);
        page.wait.until(d -> page.cellTexts().contains(product));
        return page;
    }

    /** Clicks {@code product}'s row: the selected row is chosen again, any other is dropped. */
    void click(String product) {
        WebElement cell = driver.findElements(By.cssSelector("#inventory-grid vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().equals(product))
                .findFirst()
                .orElseThrow();
        // The chosen product's panels stand above the grid and can push its rows below the window's edge.
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", cell);
        cell.click();
    }

    /** Waits until the address bar satisfies {@code condition} and returns it. */
    String waitForAddress(java.util.function.Predicate<String> condition) {
        return wait.until(d -> condition.test(d.getCurrentUrl()) ? d.getCurrentUrl() : null);
    }

    /** The texts of the grid's cells (headers first, then row by row). */
    List<String> cellTexts() {
        return driver.findElements(By.cssSelector("#inventory-grid vaadin-grid-cell-content")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The cells of the "bought with" grid, row by row. */
    List<String> boughtWithCells() {
        return driver.findElements(By.cssSelector("#bought-with-grid vaadin-grid-cell-content")).stream()
                .map(WebElement::getText)
                .toList();
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    List<String> navigation() {
        return driver.findElements(By.cssSelector("#main-nav vaadin-side-nav-item")).stream()
                .map(WebElement::getText)
                .toList();
    }

    void select(String product) {
        click(product);
        wait.until(d -> text("chart-caption").startsWith("Product " + product));
    }

    boolean chartDrawn() {
        return !driver.findElements(By.cssSelector("#demand-chart[data-rendered] canvas"))
                .isEmpty();
    }

    String leadTime() {
        return driver.findElement(By.cssSelector("#lead-time input")).getDomProperty("value");
    }

    /** Types a lead time, saves, and waits until the page says who set it. */
    void saveLeadTime(int days, String expectedUser) {
        WebElement input = driver.findElement(By.cssSelector("#lead-time input"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(days), Keys.TAB);
        driver.findElement(By.id("save-policy")).click();
        wait.until(d -> text("policy-note").contains("by " + expectedUser));
    }

    void saveScreenshot(Path file) throws java.io.IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
