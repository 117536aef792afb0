package dev.shoplens.dashboard;

import dev.shoplens.dashboard.security.LoginPage;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A browser test of one page: the dashboard on a real server with the demo users, and a headless Chromium signed
 * in as one of them. Subclasses point {@code shoplens.store.duckdb-file} at their store.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
public abstract class BrowserTest {

    @LocalServerPort
    protected int port;

    protected ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Starts the browser and signs in as the demo user {@code user}, whose password is its name. */
    protected BrowserPage signInAs(String user) {
        browser = HeadlessChromium.start();
        LoginPage.open(browser, baseUrl()).signInAs(user, user);
        return new BrowserPage(browser);
    }

    protected BrowserPage open(String path) {
        browser.get(baseUrl() + path);
        return new BrowserPage(browser);
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }
}
