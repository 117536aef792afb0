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
        page.saveScreenshot(CUSTOMER_SCREENSHOT);
        assertThat(CUSTOMER_SCREENSHOT).isNotEmptyFile();
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
        assertThat(shown).contains("Could not navigate").doesNotContain("Customer c25");
    }
}
