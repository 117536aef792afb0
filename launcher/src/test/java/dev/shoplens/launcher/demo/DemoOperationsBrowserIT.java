package dev.shoplens.launcher.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.dashboard.BrowserPage;
import dev.shoplens.dashboard.HeadlessChromium;
import dev.shoplens.dashboard.operations.retrain.RetrainOutcome;
import dev.shoplens.dashboard.operations.retrain.RetrainRunner;
import dev.shoplens.dashboard.security.LoginPage;
import dev.shoplens.jobs.FeatureJob;
import dev.shoplens.launcher.DataDir;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;

/**
 * The Operations page of the running demo in a real browser: the demo's own feature job, read from its
 * MiniCluster's REST API, with its checkpoints; an engineer triggers a savepoint and sees where it was written (the
 * files are there), then triggers a retrain, which reaches the runner the demo gave the dashboard.
 */
class DemoOperationsBrowserIT {

    static final Path SCREENSHOT = Path.of("target", "screenshots", "demo-operations.png");

    @TempDir
    Path dir;

    /** Stands in for the LSTM retrain, which the retrain module's tests train for real. */
    static final class CountingRetrain implements RetrainRunner {
        final AtomicInteger runs = new AtomicInteger();

        @Override
        public RetrainOutcome retrainNow() {
            runs.incrementAndGet();
            return new RetrainOutcome(RetrainOutcome.Result.DONE, List.of("purchase_lstm: version 2 promoted"));
        }
    }

    @Test
    void anEngineerSeesTheDemosJobAndTakesASavepoint() throws Exception {
        CountingRetrain retrain = new CountingRetrain();
        Demo demo = Demo.start(
                new DemoSettings(0, DemoSettings.LOCAL_ONLY, dir, 200, 30, 10, 600, 7), new DataDir(dir), retrain);
        WebDriver browser = HeadlessChromium.start();
        try {
            String base = "http://localhost:" + demo.port();
            LoginPage.open(browser, base).signInAs("engineer", "engineer");
            browser.get(base + "/operations");
            BrowserPage page = new BrowserPage(browser);

            page.waitUntil(d -> page.cellTexts("flink-jobs-grid").contains(FeatureJob.NAME));
            assertThat(page.cellTexts("flink-jobs-grid")).contains("RUNNING");
            page.waitUntil(d -> page.cellTexts("flink-jobs-grid").stream().anyMatch(c -> c.matches("#\\d+")));
            assertThat(page.text("flink-freshness")).startsWith("Flink as of");
            assertThat(page.text("savepoint-target"))
                    .contains(dir.resolve("savepoints").toUri().toString());

            page.click("#flink-jobs-grid .savepoint-button");
            page.waitUntil(d -> page.text("savepoint-outcome").contains("written to"));
            String location = page.text("savepoint-outcome").replaceFirst(".* written to ", "");
            Path savepoint = Path.of(URI.create(location));
            assertThat(savepoint).startsWith(dir.resolve("savepoints"));
            assertThat(savepoint.resolve("_metadata")).isNotEmptyFile();
            page.saveScreenshot(SCREENSHOT);
            assertThat(SCREENSHOT).isNotEmptyFile();

            page.click("#trigger-retrain");
            page.waitUntil(d -> page.text("retrain-outcome").contains("purchase_lstm: version 2 promoted"));
            assertThat(page.text("retrain-outcome")).startsWith("Retrain finished at");
            assertThat(retrain.runs).hasValue(1);
        } finally {
            browser.quit();
            demo.stop();
        }
    }
}
