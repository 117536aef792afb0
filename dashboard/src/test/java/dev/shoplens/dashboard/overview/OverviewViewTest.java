package dev.shoplens.dashboard.overview;

import static dev.shoplens.dashboard.ComponentTree.byId;
import static dev.shoplens.dashboard.ComponentTree.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import dev.shoplens.dashboard.TestShop;
import dev.shoplens.dashboard.chart.EChart;
import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.store.read.ShopReader;
import dev.shoplens.store.write.ResultWriter;
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

    static final DuckDbSettings STORE = TestShop.knownShop();

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
    void chartsTheEventsOfEachMinute() {
        EChart chart = (EChart) byId(createView(), "events-chart");

        assertThat(chart.getOption())
                .contains("[" + TestShop.T0.toEpochMilli() + ",4]")
                .contains("[" + TestShop.T0.plusSeconds(60).toEpochMilli() + ",3]")
                .doesNotContain(EventsChartOption.WAITING);
    }

    @Test
    void pollsWhileAttachedAndShowsNewRows() {
        UI ui = new UI();
        UI.setCurrent(ui);
        OverviewView view = createView();

        ui.add(view);
        assertThat(ui.getPollInterval()).isEqualTo(OverviewView.REFRESH_MILLIS);

        addPurchase("late-1");
        poll(ui);
        assertThat(textOf(view, "kpi-orders-today")).isEqualTo(String.valueOf(TestShop.ORDERS_TODAY + 1));

        ui.remove(view);
        assertThat(ui.getPollInterval()).isEqualTo(-1);
        addPurchase("late-2");
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
            assertThat(((EChart) byId(view, "events-chart")).getOption()).contains(EventsChartOption.WAITING);
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
