package dev.shoplens.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven by its own chromedriver. Both paths are given, so Selenium Manager (which would try to
 * download a browser) never runs; a missing browser fails the test with the command that installs it.
 */
public final class HeadlessChromium {

    static final String BROWSER = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";

    private HeadlessChromium() {}

    public static ChromeDriver start() {
        assertThat(new File(BROWSER))
                .as("Chromium is needed for browser tests: apt-get install -y chromium chromium-driver")
                .canRead();
        assertThat(new File(DRIVER))
                .as("chromedriver is needed for browser tests: apt-get install -y chromium chromium-driver")
                .canRead();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options());
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    private static ChromeOptions options() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=1400,1000",
                // A fresh profile each run: a profile left over from a crashed run locks Chromium out.
                "--user-data-dir=" + freshProfile());
        return options;
    }

    private static Path freshProfile() {
        try {
            // Under target/, so that `mvn clean` removes the profiles of earlier runs.
            Path root = Files.createDirectories(Path.of("target", "chromium-profiles"));
            return Files.createTempDirectory(root.toAbsolutePath(), "profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
