package dev.shoplens.dashboard.overview;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.shoplens.dashboard.chart.EChart;
import dev.shoplens.dashboard.i18n.Texts;
import dev.shoplens.dashboard.layout.MainLayout;
import dev.shoplens.dashboard.layout.SelfRefresh;
import dev.shoplens.store.StoreException;
import dev.shoplens.store.read.Overview;
import dev.shoplens.store.read.ShopReader;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shop right now, for every role: today's headline figures, events per minute over the last hour and how
 * fresh the results are. It refreshes itself by UI polling and updates its components in place, so scrolling,
 * chart zoom and open tooltips survive a refresh.
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Overview · ShopLens")
@Menu(title = "Overview", order = 0, icon = "vaadin:dashboard")
@PermitAll
public class OverviewView extends Div {

    static final int REFRESH_MILLIS = 5_000;
    static final int CHART_MINUTES = 60;

    private static final Logger LOG = LoggerFactory.getLogger(OverviewView.class);

    private final transient ShopReader reader;
    private final FreshnessBadge freshness = new FreshnessBadge();
    private final KpiCard eventsPerMinute = new KpiCard(
            "kpi-events-per-minute", Texts.of("overview.eventsPerMinute"), Texts.of("overview.eventsPerMinute.hint"));
    private final KpiCard activeCustomers = new KpiCard(
            "kpi-active-customers", Texts.of("overview.activeCustomers"), Texts.of("overview.activeCustomers.hint"));
    private final KpiCard ordersToday =
            new KpiCard("kpi-orders-today", Texts.of("overview.orders"), Texts.of("overview.orders.hint"));
    private final KpiCard revenueToday =
            new KpiCard("kpi-revenue-today", Texts.of("overview.revenue"), Texts.of("overview.revenue.hint"));
    private final Paragraph todayNote = new Paragraph();
    private final EChart eventsChart = new EChart();

    public OverviewView(ShopReader reader) {
        this.reader = reader;
        addClassName("overview");
        add(header(), kpiCards(), todayNote(), chart());
        refresh();
        SelfRefresh.install(this, REFRESH_MILLIS, this::refresh);
    }

    private Component header() {
        Div header = new Div(new H2(Texts.of("overview.title")), freshness);
        header.addClassName("overview-header");
        return header;
    }

    private Component kpiCards() {
        Div cards = new Div(eventsPerMinute, activeCustomers, ordersToday, revenueToday);
        cards.addClassName("kpi-cards");
        return cards;
    }

    private Component todayNote() {
        todayNote.setId("today-note");
        todayNote.addClassName("today-note");
        return todayNote;
    }

    private Component chart() {
        eventsChart.setId("events-chart");
        return eventsChart;
    }

    /** Reads the store once and shows the result; a failed read keeps the last figures on screen. */
    void refresh() {
        try {
            show(reader.overview(CHART_MINUTES, Instant.now()));
        } catch (StoreException e) {
            LOG.warn("Overview could not read the store; keeping the last figures", e);
            freshness.showUnavailable();
        }
    }

    private void show(Overview overview) {
        freshness.show(overview.freshness());
        eventsChart.setOption(EventsChartOption.of(overview.lastMinutes(), CHART_MINUTES));
        if (overview.today() == null) {
            showWaiting();
        } else {
            showFigures(overview);
        }
    }

    private void showWaiting() {
        for (KpiCard card : new KpiCard[] {eventsPerMinute, activeCustomers, ordersToday, revenueToday}) {
            card.setValue(Figures.NONE);
        }
        todayNote.setText(Texts.of("overview.waiting"));
    }

    private void showFigures(Overview overview) {
        eventsPerMinute.setValue(Figures.rate(overview.eventsPerMinute()));
        activeCustomers.setValue(Figures.count(overview.activeCustomersToday()));
        ordersToday.setValue(Figures.count(overview.ordersToday()));
        revenueToday.setValue(Figures.money(overview.revenueToday()));
        todayNote.setText(Texts.of("overview.today", Figures.day(overview.today())));
    }
}
