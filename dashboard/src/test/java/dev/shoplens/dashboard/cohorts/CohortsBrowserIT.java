package dev.shoplens.dashboard.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.dashboard.BrowserPage;
import dev.shoplens.dashboard.BrowserTest;
import dev.shoplens.store.DuckDbSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The Cohorts page in a real browser: a manager follows a link coloured by revenue and reads the retention. */
class CohortsBrowserIT extends BrowserTest {

    static final DuckDbSettings STORE = CohortShop.create();
    static final Path SCREENSHOT = Path.of("target", "screenshots", "cohorts.png");

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("shoplens.store.duckdb-file", STORE::file);
    }

    @Test
    void aManagerReadsTheCohorts() throws Exception {
        signInAs("manager");

        BrowserPage page = open("/cohorts?measure=revenue");
        page.waitUntil(d -> page.text("cohort-note").startsWith("6 customers"));
        assertThat(page.text("measure-select")).contains("Revenue");
        assertThat(page.cellTexts("cohorts-grid")).contains("2026-01", "4", "50%", "25%");
        page.waitUntil(d -> page.chartDrawn("cohort-heatmap"));
        page.saveScreenshot(SCREENSHOT);
        assertThat(SCREENSHOT).isNotEmptyFile();
    }
}
