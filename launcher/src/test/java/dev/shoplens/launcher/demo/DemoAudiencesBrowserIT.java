package dev.shoplens.launcher.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.dashboard.HeadlessChromium;
import dev.shoplens.dashboard.security.LoginPage;
import dev.shoplens.launcher.DataDir;
import dev.shoplens.store.audiences.AudienceBook;
import dev.shoplens.store.read.ShopReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An audience from the browser to the running job and back: a manager defines one on the demo's Audiences page, the
 * in-process job reads the definition, applies it to every customer it has scored and keeps it up to date, and the
 * page shows its members without a restart. A rule with a typo is refused with the reason.
 */
class DemoAudiencesBrowserIT {

    static final Path SCREENSHOT = Path.of("target", "screenshots", "demo-audiences.png");

    @TempDir
    Path dir;

    @Test
    void aManagerDefinesAnAudienceAndTheRunningJobFillsIt() throws Exception {
        DemoSettings settings = new DemoSettings(0, DemoSettings.LOCAL_ONLY, dir, 300, 40, 20, 600, 7);
        Demo demo = Demo.start(settings, new DataDir(dir));
        WebDriver browser = HeadlessChromium.start();
        try {
            String base = "http://localhost:" + demo.port();
            LoginPage.open(browser, base).signInAs("manager", "manager");
            browser.get(base + "/audiences");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(d -> !d.findElements(By.id("save-audience")).isEmpty());

            define(browser, "Typo", "churn >= 0.5");
            wait.until(d -> d.findElement(By.id("audience-note")).getText().contains("unknown field"));

            define(browser, "Buyers", "orders_total >= 1");
            wait.until(d -> d.findElement(By.id("audience-note")).getText().contains("Saved version 1 of \"Buyers\""));

            // The page reads the store every 10 s; the job polls the definitions every 5 s and applies them to every
            // customer at once (a rule on features admits customers before any model serves).
            new WebDriverWait(browser, Duration.ofSeconds(120)).until(d -> members(d) > 0);
            // The saved audience stays open: its chart of members over time draws once they came.
            wait.until(d -> !d.findElements(By.cssSelector("#audience-chart[data-rendered] canvas"))
                    .isEmpty());
            Files.createDirectories(SCREENSHOT.getParent());
            Files.write(SCREENSHOT, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.quit();
            demo.stop();
        }
        try (ShopReader reader = new DataDir(dir).store().asReadOnly().openReader()) {
            AudienceBook book = reader.audiences();
            assertThat(book.current()).extracting(a -> a.id()).containsExactly("buyers");
            List<AudienceBook.Member> members = book.members("buyers", 100_000);
            assertThat(members).isNotEmpty();
            assertThat(members).allSatisfy(m -> assertThat(m.audienceVersion()).isEqualTo(1));
        }
    }

    private static void define(WebDriver browser, String name, String rule) {
        WebElement nameInput = browser.findElement(By.cssSelector("#audience-name input"));
        nameInput.sendKeys(Keys.chord(Keys.CONTROL, "a"), name, Keys.TAB);
        WebElement ruleInput = browser.findElement(By.cssSelector("#audience-rule textarea"));
        ruleInput.sendKeys(Keys.chord(Keys.CONTROL, "a"), rule, Keys.TAB);
        browser.findElement(By.id("save-audience")).click();
    }

    /** The Members cell of the "Buyers" row (the grid's third column), 0 while it shows none. */
    private static long members(WebDriver browser) {
        List<String> cells = browser.findElements(By.cssSelector("#audiences-grid vaadin-grid-cell-content")).stream()
                .map(WebElement::getText)
                .map(String::strip)
                .toList();
        int at = cells.indexOf("Buyers");
        if (at < 0 || at + 2 >= cells.size()) {
            return 0;
        }
        String count = cells.get(at + 2).replace(",", "");
        return count.matches("\\d+") ? Long.parseLong(count) : 0;
    }
}
