package dev.shoplens.dashboard.forecasts;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dev.shoplens.dashboard.chart.EChart;
import dev.shoplens.dashboard.csv.CsvExport;
import dev.shoplens.dashboard.customers.CustomerCsv;
import dev.shoplens.dashboard.customers.CustomerView;
import dev.shoplens.dashboard.i18n.Figures;
import dev.shoplens.dashboard.i18n.ModelWords;
import dev.shoplens.dashboard.i18n.Texts;
import dev.shoplens.dashboard.layout.KpiCard;
import dev.shoplens.dashboard.layout.MainLayout;
import dev.shoplens.dashboard.layout.SelfRefresh;
import dev.shoplens.store.StoreException;
import dev.shoplens.store.read.CustomerFilter;
import dev.shoplens.store.read.CustomerRow;
import dev.shoplens.store.read.CustomerSort;
import dev.shoplens.store.read.ScoreSummary;
import dev.shoplens.store.read.ShopReader;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the models expect, for managers: how churn and purchase probabilities spread, orders and revenue expected
 * over the next 90 days, the customers to act on (high churn risk, those who spent most first, each a link to the
 * customer's reasons), and how past predictions turned out (calibration).
 */
@Route(value = "forecasts", layout = MainLayout.class)
@PageTitle("Forecasts · ShopLens")
@Menu(title = "Forecasts", order = 14, icon = "vaadin:trending-up")
@RolesAllowed({"MANAGER", "ADMIN"})
public class ForecastsView extends Div implements BeforeEnterObserver {

    static final int REFRESH_MILLIS = 30_000;
    static final CustomerFilter AT_RISK = new CustomerFilter(null, null, CustomerFilter.ChurnRisk.HIGH, null, null);
    static final List<CustomerSort.Order> MOST_SPENT_FIRST =
            List.of(new CustomerSort.Order(CustomerSort.TOTAL_REVENUE, true));

    private static final Logger LOG = LoggerFactory.getLogger(ForecastsView.class);

    private final transient ShopReader reader;
    private final Span asOf = new Span();
    private final KpiCard scored =
            new KpiCard("kpi-scored", Texts.of("forecasts.scored"), Texts.of("forecasts.scored.hint"));
    private final KpiCard orders =
            new KpiCard("kpi-expected-orders", Texts.of("forecasts.expectedOrders"), Texts.of("forecasts.next90d"));
    private final KpiCard revenue =
            new KpiCard("kpi-expected-revenue", Texts.of("forecasts.expectedRevenue"), Texts.of("forecasts.next90d"));
    private final KpiCard atRisk =
            new KpiCard("kpi-at-risk", Texts.of("forecasts.atRisk"), Texts.of("forecasts.atRisk.hint"));
    private final EChart distribution = new EChart();
    private final Grid<CustomerRow> grid = new Grid<>();
    private final CalibrationPanel calibration = new CalibrationPanel();

    public ForecastsView(ShopReader reader) {
        this.reader = reader;
        addClassName("overview");
        add(header(), kpis(), chart(), atRiskPanel(), calibration);
        calibration.onKindChosen(
                kind -> getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, link(kind))));
        refresh();
        SelfRefresh.install(this, REFRESH_MILLIS, this::refresh);
    }

    private Component header() {
        asOf.setId("scores-as-of");
        asOf.addClassName("freshness-badge");
        Div header = new Div(new H2(Texts.of("forecasts.title")), asOf);
        header.addClassName("overview-header");
        return header;
    }

    private Component kpis() {
        Div cards = new Div(scored, orders, revenue, atRisk);
        cards.addClassName("kpi-cards");
        return cards;
    }

    private Component chart() {
        distribution.setId("distribution-chart");
        distribution.setHeight("280px");
        return new Div(new H3(Texts.of("forecasts.spread")), distribution);
    }

    private Component atRiskPanel() {
        grid.setId("at-risk-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(r -> CustomerView.link(r.customerId()))
                .setHeader(Texts.of("label.customer"))
                .setAutoWidth(true);
        grid.addColumn(r -> Figures.percent(r.churnProbability()))
                .setHeader(Texts.of("label.churnRisk"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> Figures.money(r.totalRevenue()))
                .setHeader(Texts.of("label.spent"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> Figures.day(r.lastOrderAt())).setHeader(Texts.of("label.lastOrder"));
        grid.addColumn(r -> r.segmentName() == null ? Figures.NONE : ModelWords.segment(r.segmentName()))
                .setHeader(Texts.of("label.segment"))
                .setAutoWidth(true);
        grid.setItems(
                q -> reader.customers().page(AT_RISK, MOST_SPENT_FIRST, q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(reader.customers().count(AT_RISK), Integer.MAX_VALUE));
        grid.setHeight("420px");
        Div heading = new Div(
                new H3(Texts.of("forecasts.actOn")),
                CsvExport.link(
                        "export-csv",
                        "shoplens-at-risk.csv",
                        CustomerCsv.CUSTOMERS,
                        csv -> CustomerCsv.customers(csv, reader, AT_RISK, MOST_SPENT_FIRST)));
        heading.addClassName("overview-header");
        return new Div(heading, grid);
    }

    /** Reads the scores again; the at-risk grid keeps its scroll position. */
    void refresh() {
        try {
            ScoreSummary summary = reader.customers().scoreSummary();
            asOf.setText(
                    summary.asOf() == null
                            ? Texts.of("forecasts.noScores")
                            : Texts.of("forecasts.scoresAsOf", Figures.time(summary.asOf())));
            scored.setValue(Figures.count(summary.scored()));
            orders.setValue(Figures.rate(summary.expectedOrders90d()));
            revenue.setValue(Figures.money(summary.expectedRevenue90d()));
            atRisk.setValue(Figures.count(summary.highChurnRisk()));
            distribution.setOption(DistributionOption.of(summary));
            grid.getDataProvider().refreshAll();
            calibration.show(reader);
        } catch (StoreException e) {
            LOG.warn("Forecasts could not read the store; keeping what is shown", e);
            asOf.setText(Texts.of("forecasts.storeUnreadable"));
        }
    }

    /** The address that reopens the page on {@code kind}'s calibration. */
    static Location link(CalibrationPanel.Kind kind) {
        return new Location("forecasts", QueryParameters.of("calibration", kind.registryName));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional.ofNullable(
                        event.getLocation().getQueryParameters().getParameters().get("calibration"))
                .flatMap(values -> values.stream().findFirst())
                .flatMap(CalibrationPanel.Kind::named)
                .ifPresent(calibration::choose);
    }
}
