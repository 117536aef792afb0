package dev.shoplens.dashboard.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.dashboard.BrowserPage;
import dev.shoplens.dashboard.BrowserTest;
import dev.shoplens.store.DuckDbSettings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A merchandiser switches to Simplified Chinese on the Inventory page: the filters, column headers, risks, status,
 * chart caption and the lead time editor read Chinese, and dates and percentages are written the Chinese way.
 */
class InventoryChineseBrowserIT extends BrowserTest {

    static final DuckDbSettings STORE = InventoryShop.create();
    static final Path SCREENSHOT = Path.of("target", "screenshots", "inventory-zh.png");

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("shoplens.store.duckdb-file", STORE::file);
    }

    @Test
    void aMerchandiserReadsTheInventoryInChinese() throws Exception {
        signInAs("merchandiser");
        BrowserPage page = open("/inventory");
        page.waitUntil(d -> page.cellTexts("inventory-grid").contains("p1"));

        page.chooseLanguage("简体中文");
        page.waitUntil(d -> page.text("inventory-status").startsWith("3 个商品，1 个有风险"));

        assertThat(page.text("inventory-status")).endsWith("预测截至 2026年3月1日 收盘");
        List<String> cells = page.cellTexts("inventory-grid");
        assertThat(cells).as("headers").contains("商品", "品类", "风险", "库存", "断货日期", "再订货点", "交货周期", "服务水平", "预测误差（WAPE）");
        assertThat(cells)
                .as("risks, dates, lead times and percentages the Chinese way")
                .contains("到货前将断货", "2026年3月7日", "7 天", "38%（朴素法 52%）");
        assertThat(page.text("category-filter")).contains("品类");
        assertThat(page.text("export-csv")).isEqualTo("导出 CSV");

        browser.findElements(By.cssSelector("#inventory-grid vaadin-grid-cell-content")).stream()
                .filter(cell -> cell.getText().equals("p1"))
                .findFirst()
                .orElseThrow()
                .click();
        page.waitUntil(d -> page.text("chart-caption").startsWith("商品 p1"));
        assertThat(page.text("policy-editor")).contains("p1 的交货周期与服务水平", "保存");
        page.waitUntil(d -> page.chartDrawn("demand-chart"));
        page.saveScreenshot(SCREENSHOT);
        assertThat(SCREENSHOT).isNotEmptyFile();
    }
}
