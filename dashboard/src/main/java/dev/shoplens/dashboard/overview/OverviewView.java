package dev.shoplens.dashboard.overview;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.shoplens.dashboard.chart.EChart;
import dev.shoplens.dashboard.i18n.Figures;
import dev.shoplens.dashboard.i18n.Texts;
import dev.shoplens.dashboard.inventory.StockAtRisk;
import dev.shoplens.dashboard.layout.FreshnessBadge;
import dev.shoplens.dashboard.layout.KpiCard;
import dev.shoplens.dashboard.layout.MainLayout;
import dev.shoplens.dashboard.layout.SelfRefresh;
import dev.shoplens.store.StoreException;
import dev.shoplens.store.read.InventoryPlanning;
import dev.shoplens.store.read.Overview;
import dev.shoplens.store.read.ShopPulse;
import dev.shoplens.store.read.ShopReader;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shop right now, for every role: today's headline figures against the same time last week, the customers at
 * high churn risk and the products about to run out, events per minute over the last hour and how fresh the results
 * are. It refreshes itself by UI polling and updates its components in place, so scrolling, chart zoom and open
 * tooltips survive a refresh.
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
    private final KpiCard eventsPerMinute = card("kpi-events-per-minute", "overview.eventsPerMinute");
    private final KpiCard activeCustomers = card("kpi-active-customers", "overview.activeCustomers");
    private final KpiCard ordersToday = card("kpi-orders-today", "overview.orders");
    private final KpiCard revenueToday = card("kpi-revenue-today", "overview.revenue");
    private final KpiCard newCustomers = card("kpi-new-customers", "overview.newCustomers");
    private final KpiCard conversion = card("kpi-conversion", "overview.conversion");
    private final Paragraph todayNote = new Paragraph();
    private final EChart eventsChart = new EChart();
    private final RiskPanel risks;

    public OverviewView(ShopReader reader) {
        this.reader = reader;
        this.risks = new RiskPanel(reader.inventory());
        addClassName("overview");
        add(header(), kpiCards(), todayNote(), risks, chart());
        refresh();
        SelfRefresh.install(this, REFRESH_MILLIS, this::refresh);
    }

    private static KpiCard card(String id, String key) {
        return new KpiCard(id, Texts.of(key), Texts.of(key + ".hint"));
    }

    private Component header() {
        Div header = new Div(new H2(Texts.of("overview.title")), freshness);
        header.addClassName("overview-header");
        return header;
    }

    private Component kpiCards() {
        Div cards = new Div(revenueToday, ordersToday, newCustomers, activeCustomers, conversion, eventsPerMinute);
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
            Instant now = Instant.now();
            show(reader.overview(CHART_MINUTES, now), reader.pulse());
            risks.refresh(now);
        } catch (StoreException e) {
            LOG.warn("Overview could not read the store; keeping the last figures", e);
            freshness.showUnavailable();
        }
    }

    private void show(Overview overview, ShopPulse pulse) {
        freshness.show(overview.freshness());
        eventsChart.setOption(EventsChartOption.of(overview.lastMinutes(), CHART_MINUTES));
        if (overview.today() == null) {
            showWaiting();
        } else {
            showFigures(overview, pulse);
        }
        risks.showCustomers(pulse);
    }

    private void showWaiting() {
        for (KpiCard card :
                new KpiCard[] {eventsPerMinute, activeCustomers, ordersToday, revenueToday, newCustomers, conversion}) {
            card.setValue(Figures.NONE);
            card.setComparison("");
        }
        todayNote.setText(Texts.of("overview.waiting"));
    }

    private void showFigures(Overview overview, ShopPulse pulse) {
        ShopPulse.Day now = pulse.now();
        ShopPulse.Day before = pulse.weekAgo();
        eventsPerMinute.setValue(Figures.rate(overview.eventsPerMinute()));
        activeCustomers.setValue(Figures.count(now.activeCustomers()));
        activeCustomers.setComparison(
                sameDay(Figures.count(before.activeCustomers()), (double) now.activeCustomers(), (double)
                        before.activeCustomers()));
        ordersToday.setValue(Figures.count(now.orders()));
        ordersToday.setComparison(
                sameTime(Figures.count(before.orders()), (double) now.orders(), (double) before.orders()));
        revenueToday.setValue(Figures.money(now.revenue()));
        revenueToday.setComparison(sameTime(Figures.money(before.revenue()), now.revenue(), before.revenue()));
        newCustomers.setValue(Figures.count(now.newCustomers()));
        newCustomers.setComparison(sameTime(
                Figures.count(before.newCustomers()), (double) now.newCustomers(), (double) before.newCustomers()));
        conversion.setValue(Figures.percent(now.conversion(), 1));
        conversion.setComparison(
                sameDay(Figures.percent(before.conversion(), 1), now.conversion(), before.conversion()));
        todayNote.setText(Texts.of("overview.today", Figures.day(overview.today())));
    }

    /** Last week's figure up to the same time of day, and the change since. */
    private static String sameTime(String before, Double nowValue, Double beforeValue) {
        return Texts.of("overview.sameTimeLastWeek", before, Comparison.change(nowValue, beforeValue));
    }

    /** Last week's figure over that whole day (the store keeps those by the day only). */
    private static String sameDay(String before, Double nowValue, Double beforeValue) {
        return Texts.of("overview.sameDayLastWeek", before, Comparison.change(nowValue, beforeValue));
    }

    /** The customers at risk and the products about to run out, each with a link to the page that lists them. */
    static final class RiskPanel extends Div {

        /** Plans change as days close and stock is reported; reading every product's plan each 5 s is not needed. */
        static final long PLANS_EVERY_MILLIS = 30_000;

        static final int PRODUCTS_SHOWN = 5;

        private final transient InventoryPlanning planning;
        private final Paragraph customers = new Paragraph();
        private final Paragraph products = new Paragraph();
        private final Div productList = new Div();
        private Instant plansReadAt;

        RiskPanel(InventoryPlanning planning) {
            this.planning = planning;
            addClassName("risk-panel");
            customers.setId("at-risk-customers");
            products.setId("at-risk-products");
            productList.setId("at-risk-product-list");
            Anchor customersLink =
                    new Anchor("customers?risk=high&sort=total_revenue.desc", Texts.of("overview.atRisk.link"));
            customersLink.setId("at-risk-customers-link");
            Anchor inventoryLink = new Anchor("inventory?risk=at_risk", Texts.of("overview.stock.link"));
            inventoryLink.setId("at-risk-products-link");
            Div customerBlock = new Div(new H3(Texts.of("overview.atRisk.title")), customers, customersLink);
            Div productBlock = new Div(new H3(Texts.of("overview.stock.title")), products, productList, inventoryLink);
            customerBlock.addClassName("risk-block");
            productBlock.addClassName("risk-block");
            add(customerBlock, productBlock);
        }

        void showCustomers(ShopPulse pulse) {
            customers.setText(Texts.counted(
                    "overview.atRisk.text",
                    pulse.atRiskCustomers(),
                    Figures.count(pulse.atRiskCustomers()),
                    Figures.money(pulse.atRiskRevenue90d())));
        }

        void refresh(Instant now) {
            if (plansReadAt != null && now.toEpochMilli() - plansReadAt.toEpochMilli() < PLANS_EVERY_MILLIS) {
                return;
            }
            StockAtRisk atRisk = StockAtRisk.of(planning.plans(StockAtRisk.FILTER), PRODUCTS_SHOWN);
            plansReadAt = now;
            products.setText(
                    atRisk.count() == 0
                            ? Texts.of("overview.stock.none")
                            : Texts.counted("overview.stock.text", atRisk.count(), Figures.count(atRisk.count())));
            productList.removeAll();
            atRisk.rows().forEach(line -> productList.add(new Paragraph(line)));
        }
    }
}
