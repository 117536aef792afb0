package dev.shoplens.dashboard.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.dashboard.BrowserPage;
import dev.shoplens.dashboard.BrowserTest;
import dev.shoplens.store.DuckDbSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Cohorts page in a real browser: a manager follows a link coloured by revenue, reads the retention, the RFM
 * grid, the segments' profiles and how customers moved between them.
 */
class CohortsBrowserIT extends BrowserTest {

    static final DuckDbSettings STORE = CohortShop.create();
    static final Path SCREENSHOT = Path.of("target", "screenshots", "cohorts.png");
    static final Path SEGMENTS_SCREENSHOT = Path.of("target", "screenshots", "cohorts-rfm-segments.png");
    static final Path CHINESE_SCREENSHOT = Path.of("target", "screenshots", "cohorts-segments-zh.png");

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
        page.waitUntil(d -> page.chartDrawn("rfm-grid"));
        assertThat(page.text("rfm-note")).startsWith("Scores 1 to 5");
        assertThat(page.cellTexts("segments-grid"))
                .contains("one-off", "4", "66.7%", "frequent, high spend", "2", "33.3%", "£110.00");
        assertThat(page.text("segment-moves-note")).startsWith("7 moves");
        assertThat(page.text("export-segments-csv")).isEqualTo("Export CSV");
        assertThat(page.text("export-segment-moves-csv")).isEqualTo("Export CSV");
        assertThat(page.cellTexts("segment-moves-grid"))
                .contains("2026-03", "one-off", "frequent, high spend", "Newly segmented", "5");
        page.waitUntil(d -> page.chartDrawn("segment-sankey"));
        page.saveScreenshot(SCREENSHOT);
        assertThat(SCREENSHOT).isNotEmptyFile();
        browser.executeScript("document.getElementById('rfm-panel').scrollIntoView()");
        page.saveScreenshot(SEGMENTS_SCREENSHOT);
        assertThat(SEGMENTS_SCREENSHOT).isNotEmptyFile();
    }

    /** The admin (the manager reads English above, and a language choice holds per user) reads the segments in Chinese. */
    @Test
    void segmentNamesReadInChinese() throws Exception {
        signInAs("admin");
        BrowserPage page = open("/cohorts");
        page.waitUntil(d -> page.text("cohort-note").startsWith("6 customers"));
        page.chooseLanguage("简体中文");
        page.waitUntil(d -> page.cellTexts("segments-grid").contains("仅购一次"));
        assertThat(page.cellTexts("segments-grid")).contains("常购、高消费").doesNotContain("one-off");
        assertThat(page.cellTexts("segment-moves-grid"))
                .contains("仅购一次", "常购、高消费")
                .doesNotContain("one-off");
        page.waitUntil(d -> page.chartDrawn("segment-sankey"));
        browser.executeScript("document.getElementById('segments-panel').scrollIntoView()");
        page.saveScreenshot(CHINESE_SCREENSHOT);
        assertThat(CHINESE_SCREENSHOT).isNotEmptyFile();
    }
}
