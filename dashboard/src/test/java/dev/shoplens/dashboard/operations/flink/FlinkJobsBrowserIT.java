package dev.shoplens.dashboard.operations.flink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.dashboard.BrowserPage;
import dev.shoplens.dashboard.BrowserTest;
import dev.shoplens.dashboard.TestShop;
import dev.shoplens.store.DuckDbSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The jobs grid in a real browser, the dashboard on its own against a JobManager answering as Flink 2.2.1 did for a
 * running job: an engineer sees the job with its checkpoint and back-pressure, and triggers a savepoint whose path
 * the page then shows. The dashboard alone has no retrain runner, so the retrain button explains where it runs.
 * (The demo's page on a real MiniCluster is the launcher's DemoOperationsBrowserIT.)
 */
class FlinkJobsBrowserIT extends BrowserTest {

    static final DuckDbSettings STORE = TestShop.knownShop();
    static final FakeFlink FLINK = FakeFlink.runningJob();
    static final Path SCREENSHOT = Path.of("target", "screenshots", "operations-flink.png");

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("shoplens.store.duckdb-file", STORE::file);
        registry.add("shoplens.flink.rest-url", () -> FLINK.url().toString());
        registry.add("shoplens.flink.savepoint-dir", () -> "file:///var/lib/flink/sp");
    }

    @AfterAll
    static void stopFlink() {
        FLINK.close();
    }

    @Test
    void anEngineerSeesTheJobAndTriggersASavepoint() throws Exception {
        signInAs("engineer");

        BrowserPage page = open("/operations");
        page.waitUntil(d -> page.cellTexts("flink-jobs-grid").contains("feature job"));
        assertThat(page.cellTexts("flink-jobs-grid"))
                .contains("RUNNING", "#33", "2.0 KB", "16 ms", "high 87% · Map -> Sink: Writer");
        assertThat(page.text("flink-freshness")).startsWith("Flink as of");
        assertThat(page.text("savepoint-target")).isEqualTo("Savepoints go to file:///var/lib/flink/sp.");

        page.click("#flink-jobs-grid .savepoint-button");
        page.waitUntil(d -> page.text("savepoint-outcome").contains("written to"));
        assertThat(page.text("savepoint-outcome"))
                .isEqualTo("Savepoint of feature job written to file:/var/lib/flink/sp/savepoint-c7181b-0406b157ca79");
        assertThat(FLINK.bodies).anyMatch(body -> body.contains("\"target-directory\":\"file:///var/lib/flink/sp\""));
        page.saveScreenshot(SCREENSHOT);
        assertThat(SCREENSHOT).isNotEmptyFile();

        page.click("#trigger-retrain");
        page.waitUntil(d -> page.text("retrain-outcome").contains("bin/shoplens retrain"));
    }
}
