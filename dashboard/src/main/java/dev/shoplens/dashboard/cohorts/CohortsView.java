package dev.shoplens.dashboard.cohorts;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dev.shoplens.dashboard.chart.EChart;
import dev.shoplens.dashboard.csv.CsvExport;
import dev.shoplens.dashboard.i18n.Figures;
import dev.shoplens.dashboard.i18n.Texts;
import dev.shoplens.dashboard.layout.FreshnessBadge;
import dev.shoplens.dashboard.layout.MainLayout;
import dev.shoplens.dashboard.layout.SelfRefresh;
import dev.shoplens.store.StoreException;
import dev.shoplens.store.read.Freshness;
import dev.shoplens.store.read.ShopReader;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Acquisition cohorts for managers: customers grouped by the month of their first purchase, and how many of them
 * bought again (or what they spent) each month after, over the last {@value #MONTHS} months of event time; then the
 * segments (profiles, sizes, moves between them) and the RFM grid. The measure colours both heatmaps and is kept in
 * the address ({@code cohorts?measure=revenue}).
 */
@Route(value = "cohorts", layout = MainLayout.class)
@PageTitle("Cohorts · ShopLens")
@Menu(title = "Cohorts", order = 12, icon = "vaadin:grid-small")
@RolesAllowed({"MANAGER", "ADMIN"})
public class CohortsView extends Div implements BeforeEnterObserver {

    static final int MONTHS = 12;
    static final int REFRESH_MILLIS = 60_000;
    static final String[] HEADER = {"cohort", "months_later", "customers", "share_of_cohort", "revenue"};

    private static final Logger LOG = LoggerFactory.getLogger(CohortsView.class);

    private final transient ShopReader reader;
    private final FreshnessBadge freshness = new FreshnessBadge();
    private final Select<Measure> measure = new Select<>();
    private final Span note = new Span();
    private final EChart heatmap = new EChart();
    private final Grid<Cohort> grid = new Grid<>();
    private final SegmentsPanel segments = new SegmentsPanel();
    private final RfmPanel rfm = new RfmPanel();
    private volatile List<Cohort> cohorts = List.of();
    private volatile YearMonth newest = YearMonth.now(ZoneOffset.UTC);

    public CohortsView(ShopReader reader) {
        this.reader = reader;
        addClassName("overview");
        add(header(), heatmap(), configureGrid(), rfm, segments);
        measure.setValue(Measure.CUSTOMERS);
        measure.addValueChangeListener(e -> {
            draw();
            getUI().ifPresent(ui -> ui.getPage()
                    .getHistory()
                    .replaceState(
                            null,
                            new Location(
                                    "cohorts",
                                    QueryParameters.of(
                                            "measure", e.getValue().name().toLowerCase(Locale.ROOT)))));
        });
        refresh();
        SelfRefresh.install(this, REFRESH_MILLIS, this::refresh);
    }

    private Component header() {
        measure.setId("measure-select");
        measure.setLabel(Texts.of("cohorts.colourBy"));
        measure.setItems(Measure.values());
        measure.setItemLabelGenerator(Measure::label);
        note.setId("cohort-note");
        note.addClassName("page-note");
        Div header = new Div(new H2(Texts.of("cohorts.title")), freshness);
        header.addClassName("overview-header");
        Div controls = new Div(measure, note, CsvExport.link("export-csv", "shoplens-cohorts.csv", HEADER, csv -> {
            for (Cohort c : cohorts) {
                for (int m = 0; m < MONTHS && !c.month().plusMonths(m).isAfter(newest); m++) {
                    csv.printRecord(
                            c.month(),
                            m,
                            c.customers()[m],
                            CsvExport.number(c.retention(m, newest), 4),
                            CsvExport.number(c.revenue()[m], 2));
                }
            }
        }));
        controls.addClassName("inventory-filters");
        return new Div(header, controls);
    }

    private Component heatmap() {
        heatmap.setId("cohort-heatmap");
        heatmap.setHeight("420px");
        return heatmap;
    }

    private Component configureGrid() {
        grid.setId("cohorts-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(c -> Figures.month(c.month()))
                .setHeader(Texts.of("cohorts.cohort"))
                .setFrozen(true);
        grid.addColumn(c -> Figures.count(c.size()))
                .setHeader(Texts.of("label.customers"))
                .setTextAlign(ColumnTextAlign.END);
        for (int m = 1; m < MONTHS; m++) {
            int later = m;
            grid.addColumn(c -> percent(c.retention(later, newest)))
                    .setHeader("+" + m)
                    .setTextAlign(ColumnTextAlign.END);
        }
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional.ofNullable(
                        event.getLocation().getQueryParameters().getParameters().get("measure"))
                .flatMap(values -> values.stream().findFirst())
                .flatMap(CohortsView::measure)
                .ifPresent(measure::setValue);
    }

    private static Optional<Measure> measure(String name) {
        try {
            return Optional.of(Measure.valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Reads the cohorts again; a failed read keeps what is shown. */
    void refresh() {
        try {
            Freshness fresh = reader.freshness(Instant.now());
            freshness.show(fresh);
            Instant now = fresh.newestEventTime() != null ? fresh.newestEventTime() : Instant.now();
            newest = YearMonth.from(now.atZone(ZoneOffset.UTC));
            cohorts = Cohort.of(reader.cohorts().months(newest.minusMonths(MONTHS - 1L)), MONTHS);
            note.setText(cohorts.isEmpty() ? Texts.of("cohorts.noPurchases") : firstBuyersNote(cohorts));
            List<Cohort> newestFirst = new ArrayList<>(cohorts);
            Collections.reverse(newestFirst);
            grid.setItems(newestFirst);
            draw();
            rfm.show(reader.cohorts().rfm(RfmPanel.SCORES), measure.getValue());
            segments.show(
                    reader.cohorts().segmentProfiles(),
                    SegmentMoves.of(reader.cohorts()
                            .segmentFlows(
                                    LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(SegmentsPanel.DAYS - 1L))));
        } catch (StoreException e) {
            LOG.warn("Cohorts could not read the store; keeping what is shown", e);
            freshness.showUnavailable();
        }
    }

    private void draw() {
        // The y axis lists categories upwards: oldest first puts the newest cohort at the top.
        heatmap.setOption(HeatmapOption.of(cohorts, MONTHS, measure.getValue(), newest));
        rfm.draw(measure.getValue());
    }

    private static String percent(Double share) {
        return share == null ? "" : Figures.percent(share);
    }

    /** How many first bought in the months shown (the cohorts' sizes together), as the page's note says it. */
    private static String firstBuyersNote(List<Cohort> cohorts) {
        long firstBuyers = cohorts.stream().mapToLong(Cohort::size).sum();
        return Texts.counted("cohorts.note", firstBuyers, Figures.count(firstBuyers), MONTHS);
    }
}
