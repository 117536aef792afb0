package dev.shoplens.dashboard.customers;

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
 * The Customers pages in a real browser on a real server: a manager follows a link with filters and sort in it,
 * narrows the list by typing, opens a customer and reads why the churn risk is high. A merchandiser is not offered
 * the page.
 */
class CustomersBrowserIT extends BrowserTest {

    static final DuckDbSettings STORE = CustomerShop.create();
    static final Path LIST_SCREENSHOT = Path.of("target", "screenshots", "customers.png");
    static final Path CUSTOMER_SCREENSHOT = Path.of("target", "screenshots", "customer.png");
    static final Path CHINESE_SCREENSHOT = Path.of("target", "screenshots", "customer-zh.png");

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("shoplens.store.duckdb-file", STORE::file);
    }

    @Test
    void aManagerFollowsALinkNarrowsTheListAndReadsWhyACustomerIsAtRisk() throws Exception {
        signInAs("manager");

        BrowserPage page = open("/customers?risk=high&sort=total_revenue.desc");
        page.waitUntil(d -> page.text("customer-count").equals("10 customers"));
        assertThat(page.navigation()).contains("Overview", "Customers");
        assertThat(page.text("risk-filter")).contains("High (60% or more)");
        List<String> cells = page.cellTexts("customers-grid");
        assertThat(cells).contains("c30", "c21", "lapsed, one-off", "80%").doesNotContain("c20");
        assertThat(cells.indexOf("c30")).as("most spent first").isLessThan(cells.indexOf("c21"));
        assertThat(page.text("freshness-badge")).startsWith("as of 2026-03-02 10:00:00 UTC");

        page.type("customer-search", "c2");
        page.waitUntil(d -> page.text("customer-count").equals("9 customers"));
        assertThat(page.currentUrl()).contains("q=c2", "risk=high", "sort=total_revenue.desc");
        page.saveScreenshot(LIST_SCREENSHOT);
        assertThat(LIST_SCREENSHOT).isNotEmptyFile();

        browser.findElement(By.linkText("c25")).click();
        page.waitUntil(d -> page.text("customer-title").equals("Customer c25"));
        assertThat(page.currentUrl()).endsWith("/customer/c25");
        assertThat(page.text("churn-reasons")).contains("No order for 150 days: raises the churn risk strongly (+1.2)");
        assertThat(page.text("score-churn")).isEqualTo("80%");
        page.waitUntil(d -> page.chartDrawn("timeline-chart"));
        assertThat(page.cellTexts("orders-grid")).contains("Return", "o2", "£20.00");
        assertThat(page.cellTexts("recommendations-grid"))
                .containsSubsequence("1", "lamp", "bought it 2 times", "2", "mug", "bought it once");
        page.saveScreenshot(CUSTOMER_SCREENSHOT);
        assertThat(CUSTOMER_SCREENSHOT).isNotEmptyFile();
    }

    /**
     * The admin (not the manager: the choice of language holds for the user while the dashboard runs, and the test
     * above reads English) switches to Chinese and reads the stored reasons and segment names in Chinese: c25's
     * reasons are stored without words, the others' in the English of earlier releases.
     */
    @Test
    void aManagerReadsWhyACustomerIsAtRiskInChinese() throws Exception {
        signInAs("admin");
        BrowserPage page = open("/customers?risk=high&sort=total_revenue.desc");
        page.waitUntil(d -> page.text("customer-count").equals("10 customers"));
        page.chooseLanguage("简体中文");
        page.waitUntil(d -> page.cellTexts("customers-grid").contains("流失、仅购一次"));
        assertThat(page.cellTexts("customers-grid")).doesNotContain("lapsed, one-off");

        open("/customer/c25");
        page.waitUntil(d -> page.text("customer-title").equals("客户 c25"));
        assertThat(page.text("churn-reasons")).contains("已 150 天未下单：大幅提高流失风险（+1.2）", "近 30 天访问 1 次：提高流失风险（+0.4）");
        assertThat(page.text("purchase-reasons")).contains("近 30 天访问 1 次：略微降低购买可能性（-0.1）");
        assertThat(page.text("score-segment")).contains("流失、仅购一次");
        assertThat(page.text("score-changes")).contains("流失风险自 2026年2月20日 起由 0.61 变为 0.80");
        page.waitUntil(d -> page.chartDrawn("timeline-chart"));
        page.saveScreenshot(CHINESE_SCREENSHOT);
        assertThat(CHINESE_SCREENSHOT).isNotEmptyFile();

        open("/customer/c24");
        page.waitUntil(d -> page.text("customer-title").equals("客户 c24"));
        assertThat(page.text("churn-reasons"))
                .as("an old English row, read in Chinese")
                .contains("已 10 天未下单");
    }

    @Test
    void aMerchandiserIsNotOfferedCustomers() {
        BrowserPage home = signInAs("merchandiser");
        home.waitUntil(d -> home.navigation().contains("Inventory"));
        assertThat(home.navigation()).doesNotContain("Customers");

        open("/customer/c25");
        String shown = home.waitUntil(d -> {
            String text = d.findElement(By.tagName("body")).getText();
            return text.isBlank() ? null : text;
        });
        assertThat(shown)
                .contains("You cannot open this page", "Your role may not open 'customer/c25'")
                .doesNotContain("Customer c25", "Could not navigate");

        home.waitUntil(d -> {
            d.findElement(By.linkText("Back to the overview")).click();
            return true;
        });
        String overview = home.waitUntil(d -> d.getCurrentUrl().endsWith("/") ? d.getCurrentUrl() : null);
        assertThat(overview).as("the way back leads to the overview").doesNotContain("customer");
    }
}
