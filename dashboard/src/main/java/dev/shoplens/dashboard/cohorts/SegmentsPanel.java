package dev.shoplens.dashboard.cohorts;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.ValueProvider;
import dev.shoplens.dashboard.chart.EChart;
import dev.shoplens.dashboard.csv.CsvExport;
import dev.shoplens.dashboard.i18n.Figures;
import dev.shoplens.dashboard.i18n.ModelWords;
import dev.shoplens.dashboard.i18n.Texts;
import dev.shoplens.store.read.SegmentProfile;
import java.util.Comparator;
import java.util.List;

/**
 * The k-means segments for managers: each segment's size, share and profile (the means of what the segment model
 * clusters on), and how customers moved between segments in the last {@value #DAYS} days, as a Sankey and month by
 * month.
 */
final class SegmentsPanel extends Div {

    static final int DAYS = 90;

    private final Grid<SegmentProfile> profiles = new Grid<>();
    private final Span movesNote = new Span();
    private final EChart sankey = new EChart();
    private final Grid<SegmentMoves.Move> moves = new Grid<>();
    private volatile long customers;
    private volatile SegmentMoves shownMoves = SegmentMoves.of(List.of());
    private volatile List<SegmentProfile> shownProfiles = List.of();

    SegmentsPanel() {
        setId("segments-panel");
        configureProfiles();
        movesNote.setId("segment-moves-note");
        movesNote.addClassName("page-note");
        sankey.setId("segment-sankey");
        sankey.setHeight("360px");
        configureMoves();
        add(
                new H3(Texts.of("cohorts.segments")),
                CsvExport.link(
                        "export-segments-csv",
                        "shoplens-segments.csv",
                        SegmentCsv.PROFILES_HEADER,
                        csv -> SegmentCsv.profiles(csv, shownProfiles)),
                profiles,
                new H3(Texts.of("cohorts.moves", DAYS)),
                movesNote,
                sankey,
                CsvExport.link(
                        "export-segment-moves-csv",
                        "shoplens-segment-moves.csv",
                        SegmentCsv.MOVES_HEADER,
                        csv -> SegmentCsv.moves(csv, shownMoves)),
                moves);
    }

    private void configureProfiles() {
        profiles.setId("segments-grid");
        profiles.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        profiles.addColumn(p -> ModelWords.segment(p.name()))
                .setHeader(Texts.of("label.segment"))
                .setAutoWidth(true)
                .setFrozen(true);
        number(p -> Figures.count(p.customers()), "label.customers");
        number(this::share, "cohorts.share");
        number(p -> Figures.decimal(p.meanDaysSinceLastOrder(), 0), "cohorts.meanDaysSinceOrder");
        number(p -> Figures.decimal(p.meanOrders(), 1), "cohorts.meanOrders");
        number(p -> Figures.money(p.meanRevenue90d()), "cohorts.meanSpend90d");
        number(p -> Figures.money(p.meanOrderValue()), "cohorts.meanOrderValue");
        number(p -> Figures.decimal(p.meanSessions30d(), 1), "cohorts.meanVisits30d");
        number(p -> Figures.decimal(p.meanTenureDays(), 0), "cohorts.meanTenure");
        number(p -> Figures.percent(p.meanCartAbandonment()), "cohorts.cartAbandonment");
        number(p -> Figures.money(p.totalRevenue()), "cohorts.totalSpent");
        profiles.setAllRowsVisible(true);
    }

    /** The profiles shown, as the CSV export writes them. */
    List<SegmentProfile> profiles() {
        return shownProfiles;
    }

    /** The moves shown, as the CSV export writes them. */
    SegmentMoves moves() {
        return shownMoves;
    }

    /** The segment's share of the customers in any segment. */
    String share(SegmentProfile profile) {
        return Figures.percent(customers == 0 ? null : profile.customers() / (double) customers, 1);
    }

    private void number(ValueProvider<SegmentProfile, String> value, String header) {
        // Wide enough for the header: the means are named in words, not codes.
        profiles.addColumn(value)
                .setHeader(Texts.of(header))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
    }

    private void configureMoves() {
        moves.setId("segment-moves-grid");
        moves.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        moves.addColumn(m -> Figures.month(m.month())).setHeader(Texts.of("cohorts.month"));
        moves.addColumn(m -> shownMoves.name(m.from(), Texts.of("cohorts.newcomers")))
                .setHeader(Texts.of("cohorts.from"))
                .setAutoWidth(true);
        moves.addColumn(m -> shownMoves.name(m.to(), Texts.of("cohorts.newcomers")))
                .setHeader(Texts.of("cohorts.to"))
                .setAutoWidth(true);
        moves.addColumn(m -> Figures.count(m.customers()))
                .setHeader(Texts.of("label.customers"))
                .setTextAlign(ColumnTextAlign.END);
        moves.setHeight("280px");
    }

    void show(List<SegmentProfile> segments, SegmentMoves segmentMoves) {
        customers = segments.stream().mapToLong(SegmentProfile::customers).sum();
        shownProfiles = List.copyOf(segments);
        profiles.setItems(segments);
        shownMoves = segmentMoves;
        movesNote.setText(Texts.of(
                "cohorts.moves.note",
                Figures.count(segmentMoves.moves().stream()
                        .mapToLong(SegmentMoves.Move::customers)
                        .sum())));
        // Newest month first, as the cohorts are listed; within a month the biggest move first.
        moves.setItems(segmentMoves.moves().stream()
                .sorted(Comparator.comparing(SegmentMoves.Move::month)
                        .reversed()
                        .thenComparing(SegmentMoves.Move::customers, Comparator.reverseOrder()))
                .toList());
        sankey.setOption(SankeyOption.of(
                segmentMoves,
                Texts.of("cohorts.before"),
                Texts.of("cohorts.after"),
                Texts.of("cohorts.newcomers"),
                Texts.of("cohorts.noMoves")));
    }
}
