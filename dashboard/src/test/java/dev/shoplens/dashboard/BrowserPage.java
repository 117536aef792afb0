package dev.shoplens.dashboard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every page object needs: texts by id, grid cells, the navigation, charts, typing, waiting, screenshots. */
public class BrowserPage {

    protected final WebDriver driver;
    private final WebDriverWait wait;

    public BrowserPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // A page rebuilt while a condition reads it (a reload, a refresh) leaves stale elements: read again.
        wait.ignoring(StaleElementReferenceException.class);
    }

    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return wait.until(d -> {
            try {
                return condition.apply(d);
            } catch (WebDriverException e) {
                // Chromium sometimes reports an element Vaadin just replaced (a language switch re-renders the page)
                // as an inspector error rather than a stale element: the same thing, so read again.
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return null;
                }
                throw e;
            }
        });
    }

    public String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** The texts of a grid's cells: headers first, then row by row as rendered. */
    public List<String> cellTexts(String gridId) {
        return driver.findElements(By.cssSelector("#" + gridId + " vaadin-grid-cell-content")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public List<String> navigation() {
        return driver.findElements(By.cssSelector("#main-nav vaadin-side-nav-item")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public boolean chartDrawn(String chartId) {
        return !driver.findElements(By.cssSelector("#" + chartId + "[data-rendered] canvas"))
                .isEmpty();
    }

    /** Replaces the text in the input inside the component {@code id} and leaves the field. */
    public void type(String id, String text) {
        WebElement input = driver.findElement(By.cssSelector("#" + id + " input"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }

    /**
     * Clicks the element {@code css} selects once it is scrolled into the middle of the view: a button in a grid
     * wider than the window is otherwise covered by the grid's edge and the click lands elsewhere.
     */
    public void click(String css) {
        click(driver.findElement(By.cssSelector(css)));
    }

    public void click(WebElement element) {
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", element);
        element.click();
    }

    /** Chooses a language in the top bar by its own name ("简体中文"); the page rebuilds in it. */
    public void chooseLanguage(String nativeName) {
        driver.findElement(By.id("language")).click();
        driver.findElement(By.xpath("//vaadin-select-item[normalize-space()='" + nativeName + "']"))
                .click();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public void saveScreenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
