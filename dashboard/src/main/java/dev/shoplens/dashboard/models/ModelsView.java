package dev.shoplens.dashboard.models;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
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
import dev.shoplens.scores.ChampionChallenger;
import dev.shoplens.scores.RetrainRun;
import dev.shoplens.store.StoreException;
import dev.shoplens.store.read.ModelSummary;
import dev.shoplens.store.read.ShopReader;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The model registry, for managers and data engineers: per kind of model every version (promoted or not, which one
 * serves), its measured quality over time, and what the serving version has learnt, in words. The kind is kept in
 * the address ({@code models?kind=purchase}).
 */
@Route(value = "models", layout = MainLayout.class)
@PageTitle("Models · ShopLens")
@Menu(title = "Models", order = 30, icon = "vaadin:cogs")
@RolesAllowed({"MANAGER", "ENGINEER", "ADMIN"})
public class ModelsView extends Div implements BeforeEnterObserver {

    static final List<String> KINDS =
            List.of("churn", "purchase", "value", "segments", "churn_lstm", "purchase_lstm", ForestSummary.KIND);
    static final String LSTM = "_lstm";
    static final int RUNS_SHOWN = 60;
    static final int REFRESH_MILLIS = 30_000;

    private static final Logger LOG = LoggerFactory.getLogger(ModelsView.class);

    private final transient ShopReader reader;
    private final FreshnessBadge freshness = new FreshnessBadge();
    private final Select<String> kind = new Select<>();
    private final Span serving = new Span();
    private final EChart chart = new EChart();
    private final Grid<ModelSummary> grid = new Grid<>();
    private final UnorderedList weights = new UnorderedList();
    private final Grid<ChampionChallenger> nights = new Grid<>();
    private final Div nightsPanel = new Div();
    private final Div runsPanel = new Div();
    private volatile List<ChampionChallenger> nightRows = List.of();
    private final Grid<RetrainRun> runs = new Grid<>();
    private volatile List<RetrainRun> runRows = List.of();
    private volatile List<ModelSummary> versions = List.of();
    private String weightsShownFor = "";

    public ModelsView(ShopReader reader) {
        this.reader = reader;
        addClassName("overview");
        add(header(), chart(), configureGrid(), weightsPanel(), nightsPanel(), runsPanel());
        kind.setValue(KINDS.get(0));
        kind.addValueChangeListener(e -> {
            refresh();
            updateAddress();
        });
        refresh();
        SelfRefresh.install(this, REFRESH_MILLIS, this::refresh);
    }

    private Component header() {
        kind.setId("kind-select");
        kind.setLabel(Texts.of("models.model"));
        kind.setItems(KINDS);
        kind.setItemLabelGenerator(ModelsView::title);
        serving.setId("serving-version");
        serving.addClassName("page-note");
        Div header = new Div(new H2(Texts.of("models.title")), freshness);
        header.addClassName("overview-header");
        Div controls = new Div(
                kind,
                serving,
                CsvExport.link(
                        "export-csv",
                        "shoplens-model-versions.csv",
                        VersionCsv.HEADER,
                        csv -> VersionCsv.print(csv, versions)));
        controls.addClassName("inventory-filters");
        return new Div(header, controls);
    }

    private Component chart() {
        chart.setId("metrics-chart");
        return chart;
    }

    private Component configureGrid() {
        grid.setId("versions-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(v -> "v" + v.version())
                .setHeader(Texts.of("models.version"))
                .setAutoWidth(true);
        grid.addColumn(ModelsView::state).setHeader(Texts.of("models.state")).setAutoWidth(true);
        grid.addColumn(v -> Figures.time(v.trainedAt()))
                .setHeader(Texts.of("models.trainedAt"))
                .setAutoWidth(true);
        grid.addColumn(ModelsView::fit).setHeader(Texts.of("models.fit")).setAutoWidth(true);
        grid.addColumn(v -> Figures.count(v.trainingRows()))
                .setHeader(Texts.of("models.trainingRows"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(v -> metric(ModelMetrics.of(v.metricsJson()).auc())).setHeader("AUC");
        grid.addColumn(v -> metric(ModelMetrics.of(v.metricsJson()).logLoss())).setHeader(Texts.of("models.logLoss"));
        grid.addColumn(v -> metric(ModelMetrics.of(v.metricsJson()).brier())).setHeader("Brier");
        grid.addColumn(v -> metric(ModelMetrics.of(v.metricsJson()).ordersMae()))
                .setHeader(Texts.of("models.ordersMae"));
        grid.addColumn(v -> metric(ModelMetrics.of(v.metricsJson()).revenueMae()))
                .setHeader(Texts.of("models.revenueMae"));
        // Lazy over the list read once per refresh: the registry holds a few hundred versions at most.
        grid.setItems(q -> versions.stream().skip(q.getOffset()).limit(q.getLimit()), q -> versions.size());
        grid.setHeight("360px");
        return grid;
    }

    private Component weightsPanel() {
        weights.setId("feature-weights");
        return new Div(new H3(Texts.of("models.learnt")), weights);
    }

    /** For the LSTM kinds: the nightly comparison with the logistic model on the same outcomes. */
    private Component nightsPanel() {
        nights.setId("champion-grid");
        nights.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        nights.addColumn(n -> Figures.day(n.day()))
                .setHeader(Texts.of("models.night"))
                .setAutoWidth(true);
        nights.addColumn(n -> Figures.count(n.customers()))
                .setHeader(Texts.of("models.customers"))
                .setTextAlign(ColumnTextAlign.END);
        nights.addColumn(n -> metric(ModelMetrics.of(n.logisticMetricsJson()).auc()))
                .setHeader(Texts.of("models.logisticAuc"));
        nights.addColumn(n -> metric(ModelMetrics.of(n.lstmMetricsJson()).auc()))
                .setHeader(Texts.of("models.lstmAuc"));
        nights.addColumn(n -> stored("models.serves.", n.champion()))
                .setHeader(Texts.of("models.serves"))
                .setAutoWidth(true);
        nights.addColumn(ChampionChallenger::reason).setHeader(Texts.of("models.why"));
        nights.setItems(q -> nightRows.stream().skip(q.getOffset()).limit(q.getLimit()), q -> nightRows.size());
        nights.setHeight("240px");
        nightsPanel.setId("champion-panel");
        nightsPanel.add(
                new H3(Texts.of("models.champion")),
                CsvExport.link(
                        "export-nights-csv",
                        "shoplens-champion-challenger.csv",
                        RetrainCsv.NIGHTS_HEADER,
                        csv -> RetrainCsv.nights(csv, nightRows)),
                nights);
        return nightsPanel;
    }

    /** For the nightly kinds (the LSTMs and the demand forest): every run of the nightly job for the kind. */
    private Component runsPanel() {
        runsPanel.setId("retrain-runs-panel");
        runsPanel.add(
                new H3(Texts.of("models.runs")),
                CsvExport.link(
                        "export-runs-csv",
                        "shoplens-retrain-runs.csv",
                        RetrainCsv.RUNS_HEADER,
                        csv -> RetrainCsv.runs(csv, runRows)),
                runsGrid());
        return runsPanel;
    }

    /** A version's state in the page's language. */
    static String state(ModelSummary v) {
        return Texts.of(
                v.serving()
                        ? "models.state.serving"
                        : v.promoted() ? "models.state.promoted" : "models.state.notPromoted");
    }

    /** How a version was fitted, in the page's language. */
    static String fit(ModelSummary v) {
        return v.fullRetrain() ? Texts.of("models.fit.full") : Texts.of("models.fit.warm", String.valueOf(v.parent()));
    }

    /** A code the retrain stores ("promoted", "lstm") in the page's language; an unknown one as stored. */
    private static String stored(String prefix, String code) {
        return code == null ? Figures.NONE : Texts.orElse(prefix + code, code);
    }

    /** Every retrain of the chosen LSTM kind: how it went and why it ended as it did (a failed one says why). */
    private Component runsGrid() {
        runs.setId("retrain-runs-grid");
        runs.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        runs.addColumn(r -> Figures.time(r.startedAt()))
                .setHeader(Texts.of("models.started"))
                .setAutoWidth(true);
        runs.addColumn(r -> stored("models.outcome.", r.outcome()))
                .setHeader(Texts.of("models.outcome"))
                .setAutoWidth(true);
        runs.addColumn(r -> r.version() == null ? Figures.NONE : "v" + r.version())
                .setHeader(Texts.of("models.version"));
        runs.addColumn(r -> Figures.count(r.epochs())).setHeader(Texts.of("models.epochs"));
        runs.addColumn(r -> metric(r.validationLogLoss())).setHeader(Texts.of("models.validationLogLoss"));
        runs.addColumn(r -> Figures.decimal(r.sequencesPerSecond(), 0))
                .setHeader(Texts.of("models.sequencesPerSecond"));
        runs.addColumn(r -> Figures.decimal(r.durationSeconds(), 1)).setHeader(Texts.of("models.duration"));
        runs.addColumn(RetrainRun::reason).setHeader(Texts.of("models.why"));
        runs.setItems(q -> runRows.stream().skip(q.getOffset()).limit(q.getLimit()), q -> runRows.size());
        runs.setHeight("240px");
        return runs;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional.ofNullable(
                        event.getLocation().getQueryParameters().getParameters().get("kind"))
                .flatMap(values -> values.stream().filter(KINDS::contains).findFirst())
                .ifPresent(kind::setValue);
    }

    private void updateAddress() {
        getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(null, new Location("models", QueryParameters.simple(Map.of("kind", kind.getValue())))));
    }

    /** Reads the chosen kind's versions again; a failed read keeps what is shown. */
    void refresh() {
        try {
            freshness.show(reader.freshness(Instant.now()));
            List<ModelSummary> newestFirst = new ArrayList<>(reader.models().versions(kind.getValue()));
            Collections.reverse(newestFirst);
            versions = List.copyOf(newestFirst);
            grid.getDataProvider().refreshAll();
            chart.setOption(MetricsChartOption.of(kind.getValue(), versions));
            Optional<ModelSummary> current =
                    versions.stream().filter(ModelSummary::serving).findFirst();
            serving.setText(current.map(ModelsView::servingText)
                    .orElse(versions.isEmpty() ? Texts.of("models.noneTrained") : Texts.of("models.noneServes")));
            showWeights(current);
            showNights();
        } catch (StoreException e) {
            LOG.warn("Models could not read the store; keeping what is shown", e);
            freshness.showUnavailable();
        }
    }

    private void showNights() {
        boolean lstm = kind.getValue().endsWith(LSTM);
        boolean nightly = lstm || kind.getValue().equals(ForestSummary.KIND);
        nightsPanel.setVisible(lstm);
        runsPanel.setVisible(nightly);
        nightRows = lstm ? List.copyOf(reader.models().championChallenger(baseKind(kind.getValue()))) : List.of();
        nights.getDataProvider().refreshAll();
        runRows = nightly ? List.copyOf(reader.models().retrainRuns(kind.getValue(), RUNS_SHOWN)) : List.of();
        runs.getDataProvider().refreshAll();
    }

    private void showWeights(Optional<ModelSummary> current) {
        String shown = kind.getValue() + current.map(v -> " v" + v.version()).orElse("");
        if (shown.equals(weightsShownFor)) {
            return; // a version never changes: decoding its model again on every poll would be wasted
        }
        weightsShownFor = shown;
        weights.removeAll();
        List<String> sentences = kind.getValue().endsWith(LSTM)
                ? List.of(Texts.of("models.lstmLearnt"))
                : kind.getValue().equals(ForestSummary.KIND)
                        ? current.map(v -> ForestSummary.sentences(v.metricsJson()))
                                .orElse(List.of(Texts.of("models.noneServes")))
                        : current.flatMap(v -> reader.models().model(v.kind(), v.version()))
                                .map(FeatureWeights::sentences)
                                .orElse(List.of(Texts.of("models.noneServes")));
        sentences.forEach(s -> weights.add(new ListItem(s)));
    }

    private static String servingText(ModelSummary v) {
        ModelMetrics m = ModelMetrics.of(v.metricsJson());
        String quality = m.auc() != null
                ? ", AUC " + metric(m.auc()) + ", log loss " + metric(m.logLoss())
                : m.ordersMae() != null ? ", orders error " + metric(m.ordersMae()) : "";
        return Texts.of(
                "models.serving",
                "v" + v.version(),
                Figures.time(v.trainedAt()),
                Figures.count(v.trainingRows()),
                quality);
    }

    private static String metric(Double value) {
        return Figures.decimal(value, 3);
    }

    private static String title(String kind) {
        String base = baseKind(kind);
        String name =
                Texts.orElse("models.kind." + base, base.substring(0, 1).toUpperCase(Locale.ROOT) + base.substring(1));
        return kind.endsWith(LSTM) ? name + " (LSTM)" : name;
    }

    /** 'purchase_lstm' predicts what 'purchase' does. */
    private static String baseKind(String kind) {
        return kind.endsWith(LSTM) ? kind.substring(0, kind.length() - LSTM.length()) : kind;
    }
}
