package dev.shoplens.dashboard.overview;

import static dev.shoplens.dashboard.ComponentTree.byId;
import static dev.shoplens.dashboard.ComponentTree.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import dev.shoplens.dashboard.TestShop;
import dev.shoplens.dashboard.chart.EChart;
import dev.shoplens.dashboard.i18n.Figures;
import dev.shoplens.dashboard.layout.FreshnessBadge;
import dev.shoplens.features.CustomerDay;
import dev.shoplens.scores.CustomerScore;
import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.store.read.SharedReads;
import dev.shoplens.store.read.ShopReader;
import dev.shoplens.store.write.ResultWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The Overview as Vaadin builds it (a bean with the application's reader) on a store of known rows. */
@SpringBootTest
@ActiveProfiles("demo")
class OverviewViewTest {

    static final Instant WEEK_AGO = TestShop.T0.minus(Duration.ofDays(7));

    static final DuckDbSettings STORE = withLastWeek(TestShop.knownShop());

    /**
     * The known shop plus the same weekday a week before: c3's first purchase (40.00) before this time of day, c4's
     * after it (left out of the comparison); three customers active that day, one of whom bought. c1 and c3 are at
     * high churn risk, with 30.00 each spent over 90 days.
     */
    static DuckDbSettings withLastWeek(DuckDbSettings store) {
        LocalDate lastWeek = LocalDate.of(2026, 2, 23);
        try (ResultWriter writer = store.openWriter()) {
            writer.writeOrders(List.of(
                    TestShop.purchase("w1", "c3", WEEK_AGO.minusSeconds(3600), 40.0),
                    TestShop.purchase("w2", "c4", WEEK_AGO.plusSeconds(600), 10.0)));
            writer.writeCustomerDays(List.of(
                    new CustomerDay("c3", lastWeek, 2, 1, 1, 40.0, 0, WEEK_AGO),
                    new CustomerDay("c4", lastWeek, 5, 1, 0, 0.0, 0, WEEK_AGO),
                    new CustomerDay("c5", lastWeek, 1, 0, 0, 0.0, 0, WEEK_AGO)));
            writer.writeCustomerScores(List.of(churn("c1", 0.8), churn("c2", 0.1), churn("c3", 0.65)));
        }
        return store;
    }

    private static CustomerScore churn(String customerId, double probability) {
        return new CustomerScore(
                customerId,
                TestShop.T0,
                probability,
                1,
                0.5,
                1,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("shoplens.store.duckdb-file", STORE::file);
    }

    @Autowired
    AutowireCapableBeanFactory beans;

    @AfterEach
    void clearUi() {
        UI.setCurrent(null);
    }

    /** How Vaadin's SpringInstantiator creates a route that is not itself a bean. */
    private OverviewView createView() {
        return beans.createBean(OverviewView.class);
    }

    @Test
    void showsTodaysFiguresOfTheNewestEventsDay() {
        OverviewView view = createView();

        assertThat(textOf(view, "kpi-orders-today")).isEqualTo(String.valueOf(TestShop.ORDERS_TODAY));
        assertThat(textOf(view, "kpi-revenue-today")).isEqualTo(TestShop.REVENUE_TODAY);
        assertThat(textOf(view, "kpi-events-per-minute")).isEqualTo(TestShop.EVENTS_PER_MINUTE);
        assertThat(textOf(view, "kpi-active-customers")).isEqualTo(String.valueOf(TestShop.ACTIVE_CUSTOMERS_TODAY));
        assertThat(textOf(view, "freshness-badge")).isEqualTo(TestShop.FRESHNESS);
        assertThat(textOf(view, "today-note")).contains("2026-03-02").contains("UTC");
    }

    @Test
    void comparesTodayWithTheSameTimeLastWeek() {
        OverviewView view = createView();

        assertThat(textOf(view, "kpi-revenue-today-compare")).isEqualTo("last week by this time: £40.00 (-6%)");
        assertThat(textOf(view, "kpi-orders-today-compare")).isEqualTo("last week by this time: 1 (+100%)");
        assertThat(textOf(view, "kpi-new-customers")).isEqualTo("2"); // c1 and c2 bought for the first time
        assertThat(textOf(view, "kpi-new-customers-compare")).isEqualTo("last week by this time: 1 (+100%)");
        assertThat(textOf(view, "kpi-active-customers-compare")).isEqualTo("same day last week (whole day): 3 (-33%)");
        assertThat(textOf(view, "kpi-conversion")).isEqualTo("100%"); // both active customers bought
        assertThat(textOf(view, "kpi-conversion-compare")).isEqualTo("same day last week (whole day): 33.3% (+200%)");
    }

    @Test
    void showsTheCustomersAtRiskAndTheProductsAboutToRunOut() {
        OverviewView view = createView();

        assertThat(textOf(view, "at-risk-customers"))
                .isEqualTo("2 customers are at high churn risk (60% or more); they spent £60.00 over their last 90"
                        + " days.");
        assertThat(byId(view, "at-risk-customers-link").getElement().getAttribute("href"))
                .isEqualTo("customers?risk=high&sort=total_revenue.desc");
        assertThat(textOf(view, "at-risk-products")).isEqualTo("No product is at risk of running out.");
        assertThat(byId(view, "at-risk-products-link").getElement().getAttribute("href"))
                .isEqualTo("inventory?risk=at_risk");
    }

    @Test
    void chartsTheEventsOfEachMinute() {
        EChart chart = (EChart) byId(createView(), "events-chart");

        assertThat(chart.getOption())
                .contains("[" + TestShop.T0.toEpochMilli() + ",4]")
                .contains("[" + TestShop.T0.plusSeconds(60).toEpochMilli() + ",3]")
                .doesNotContain("Waiting for the first events");
    }

    private static void afterTheSharedReadsExpire() {
        try {
            Thread.sleep(SharedReads.FOR.toMillis() + 50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void pollsWhileAttachedAndShowsNewRows() {
        UI ui = new UI();
        UI.setCurrent(ui);
        OverviewView view = createView();

        ui.add(view);
        assertThat(ui.getPollInterval()).isEqualTo(OverviewView.REFRESH_MILLIS);

        addPurchase("late-1");
        // The application's reader shares what every user sees for a second (SharedReads); the page polls every
        // five: the next poll after that second shows the new row.
        afterTheSharedReadsExpire();
        poll(ui);
        assertThat(textOf(view, "kpi-orders-today")).isEqualTo(String.valueOf(TestShop.ORDERS_TODAY + 1));

        ui.remove(view);
        assertThat(ui.getPollInterval()).isEqualTo(-1);
        addPurchase("late-2");
        afterTheSharedReadsExpire();
        poll(ui);
        assertThat(textOf(view, "kpi-orders-today"))
                .as("a detached view stops refreshing")
                .isEqualTo(String.valueOf(TestShop.ORDERS_TODAY + 1));
    }

    @Test
    void anEmptyStoreWaitsForTheFirstEvents() {
        try (ShopReader reader = TestShop.emptyStore().openReader()) {
            OverviewView view = new OverviewView(reader);

            assertThat(textOf(view, "kpi-orders-today")).isEqualTo(Figures.NONE);
            assertThat(textOf(view, "kpi-revenue-today")).isEqualTo(Figures.NONE);
            assertThat(textOf(view, "freshness-badge")).isEqualTo(FreshnessBadge.WAITING_FOR_EVENTS);
            assertThat(((EChart) byId(view, "events-chart")).getOption()).contains("Waiting for the first events");
        }
    }

    private static void addPurchase(String eventId) {
        // Written while the application's reader has the file open, as the Flink sink does in the launcher.
        try (ResultWriter writer = STORE.openWriter()) {
            writer.writeOrders(List.of(TestShop.purchase(eventId, "c1", TestShop.T0.plusSeconds(90), 1.0)));
        }
    }

    private static void poll(UI ui) {
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
    }
}
