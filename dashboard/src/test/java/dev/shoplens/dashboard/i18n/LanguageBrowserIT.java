package dev.shoplens.dashboard.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.dashboard.BrowserPage;
import dev.shoplens.dashboard.BrowserTest;
import dev.shoplens.dashboard.TestShop;
import dev.shoplens.dashboard.security.LoginPage;
import dev.shoplens.store.DuckDbSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A manager switches the dashboard to Simplified Chinese; the choice is hers: it holds after signing out and in
 * again, while other users keep English.
 */
class LanguageBrowserIT extends BrowserTest {

    static final DuckDbSettings STORE = TestShop.knownShop();
    static final Path SCREENSHOT = Path.of("target", "screenshots", "overview-zh.png");

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("shoplens.store.duckdb-file", STORE::file);
    }

    @Test
    void aManagerReadsTheDashboardInChinese() throws Exception {
        BrowserPage page = signInAs("manager");
        page.waitUntil(d -> page.navigation().contains("Overview"));

        page.chooseLanguage("简体中文");
        page.waitUntil(d -> page.navigation().contains("概览"));
        assertThat(page.navigation()).contains("客户", "同期群", "预测", "库存", "模型");
        assertThat(page.text("freshness-badge")).startsWith("截至 2026年3月2日 10:16:00 UTC");
        assertThat(page.text("kpi-orders-today-compare")).startsWith("上周同一时间：");
        assertThat(page.text("at-risk-products")).isEqualTo("没有商品面临缺货风险。");
        // The charts' own month names: ECharts draws the time axes in the user's language too.
        Object month = page.waitUntil(d -> ((JavascriptExecutor) d)
                .executeScript("const el = document.querySelector('shoplens-echart[data-rendered]');"
                        + " const chart = el && echarts.getInstanceByDom(el);"
                        + " return chart ? chart.getModel().getLocaleModel().get(['time', 'monthAbbr'])[0] : null;"));
        assertThat(month).isEqualTo("1月");
        page.saveScreenshot(SCREENSHOT);
        assertThat(SCREENSHOT).isNotEmptyFile();

        browser.findElement(By.id("logout")).click();
        LoginPage.open(browser, baseUrl()).signInAs("manager", "manager");
        page.waitUntil(d -> page.navigation().contains("概览"));

        browser.findElement(By.id("logout")).click();
        LoginPage.open(browser, baseUrl()).signInAs("engineer", "engineer");
        page.waitUntil(d -> page.navigation().contains("Overview"));
    }
}
