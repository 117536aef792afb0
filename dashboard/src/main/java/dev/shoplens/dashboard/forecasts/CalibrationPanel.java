package dev.shoplens.dashboard.forecasts;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import dev.shoplens.dashboard.chart.EChart;
import dev.shoplens.dashboard.csv.CsvExport;
import dev.shoplens.dashboard.i18n.Figures;
import dev.shoplens.dashboard.i18n.ScoreHorizons;
import dev.shoplens.dashboard.i18n.Texts;
import dev.shoplens.store.read.ShopReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How past churn and purchase predictions turned out. The store keeps no table that joins each past score to its
 * outcome; what it keeps is each model version's test on outcomes that matured after the version was trained, so
 * that is what this shows, and its note says so: by decile for the newest measured version, and version by version
 * over time.
 */
final class CalibrationPanel extends Div {

    /** The two kinds of prediction with an outcome, as the registry names them. */
    enum Kind {
        CHURN("churn", "forecasts.calibration.churn"),
        PURCHASE("purchase", "forecasts.calibration.purchase");

        final String registryName;
        private final String key;

        Kind(String registryName, String key) {
            this.registryName = registryName;
            this.key = key;
        }

        /** "Churn within 30 days": the kind with the shop's horizon. */
        String label() {
            ScoreHorizons.Days days = ScoreHorizons.current();
            return Texts.of(key, this == CHURN ? days.churn() : days.purchase());
        }

        /** The kind a deep link names ({@code churn}, {@code purchase}), if any. */
        static Optional<Kind> named(String name) {
            return Arrays.stream(values())
                    .filter(k -> k.registryName.equals(name))
                    .findFirst();
        }
    }

    private final Select<Kind> kind = new Select<>();
    private final Span note = new Span();
    private final EChart deciles = new EChart();
    private final EChart overTime = new EChart();
    private final Grid<Calibration> versions = new Grid<>();
    private transient ShopReader reader;
    private volatile List<Calibration> measured = List.of();

    CalibrationPanel() {
        setId("calibration-panel");
        kind.setId("calibration-kind");
        kind.setLabel(Texts.of("forecasts.calibration.kind"));
        kind.setWidth("16em");
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(Kind::label);
        kind.setValue(Kind.CHURN);
        kind.addValueChangeListener(e -> refresh());
        note.setId("calibration-note");
        note.addClassName("page-note");
        deciles.setId("calibration-deciles");
        deciles.setHeight("300px");
        overTime.setId("calibration-over-time");
        overTime.setHeight("300px");
        configureVersions();
        Div controls = new Div(
                kind,
                note,
                CsvExport.link(
                        "export-calibration-csv",
                        "shoplens-calibration.csv",
                        CalibrationCsv.HEADER,
                        csv -> CalibrationCsv.print(csv, kind.getValue().registryName, measured)));
        controls.addClassName("inventory-filters");
        add(new H3(Texts.of("forecasts.calibration")), controls, deciles, overTime, versions);
    }

    private void configureVersions() {
        versions.setId("calibration-grid");
        versions.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        versions.addColumn(c -> "v" + c.version()).setHeader(Texts.of("forecasts.calibration.version"));
        versions.addColumn(c -> Figures.time(c.trainedAt()))
                .setHeader(Texts.of("forecasts.calibration.trainedAt"))
                .setAutoWidth(true);
        versions.addColumn(c -> Figures.count(c.rows()))
                .setHeader(Texts.of("forecasts.calibration.measured"))
                .setTextAlign(ColumnTextAlign.END);
        versions.addColumn(c -> Figures.percent(c.meanPredicted(), 1))
                .setHeader(Texts.of("forecasts.calibration.predicted"))
                .setTextAlign(ColumnTextAlign.END);
        versions.addColumn(c -> Figures.percent(c.observedRate(), 1))
                .setHeader(Texts.of("forecasts.calibration.observed"))
                .setTextAlign(ColumnTextAlign.END);
        versions.addColumn(c -> Figures.decimal(c.auc(), 3)).setHeader("AUC").setTextAlign(ColumnTextAlign.END);
        versions.addColumn(c -> Figures.decimal(c.brier(), 3))
                .setHeader(Texts.of("forecasts.calibration.brier"))
                .setTextAlign(ColumnTextAlign.END);
        versions.setHeight("240px");
    }

    void show(ShopReader source) {
        this.reader = source;
        refresh();
    }

    Kind kind() {
        return kind.getValue();
    }

    void choose(Kind chosen) {
        kind.setValue(chosen);
    }

    /** Tells {@code listener} when the user picks another kind (the page keeps it in its address). */
    void onKindChosen(Consumer<Kind> listener) {
        kind.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                listener.accept(e.getValue());
            }
        });
    }

    private void refresh() {
        if (reader == null) {
            return;
        }
        measured = Calibration.of(reader.models().versions(kind.getValue().registryName));
        Calibration newest = measured.isEmpty() ? null : measured.get(measured.size() - 1);
        note.setText(
                newest == null
                        ? Texts.of("forecasts.calibration.none")
                        : Texts.of(
                                "forecasts.calibration.note",
                                "v" + newest.version(),
                                Figures.count(newest.rows()),
                                Figures.count(measured.size())));
        CalibrationOption.Labels labels = new CalibrationOption.Labels(
                Texts.of("forecasts.calibration.predicted"),
                Texts.of("forecasts.calibration.observed"),
                Texts.of("forecasts.calibration.decile"),
                Texts.of("forecasts.calibration.brier"),
                Texts.of("forecasts.calibration.none"));
        deciles.setOption(CalibrationOption.deciles(newest, labels));
        overTime.setOption(CalibrationOption.overTime(measured, labels));
        List<Calibration> newestFirst = new ArrayList<>(measured);
        Collections.reverse(newestFirst);
        versions.setItems(newestFirst);
    }
}
