package dev.shoplens.dashboard.operations;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.shoplens.activity.IngestProgress;
import dev.shoplens.dashboard.audit.AuditLogPanel;
import dev.shoplens.dashboard.audit.AuditTrail;
import dev.shoplens.dashboard.chart.EChart;
import dev.shoplens.dashboard.csv.CsvExport;
import dev.shoplens.dashboard.i18n.Figures;
import dev.shoplens.dashboard.i18n.Texts;
import dev.shoplens.dashboard.layout.FreshnessBadge;
import dev.shoplens.dashboard.layout.KpiCard;
import dev.shoplens.dashboard.layout.MainLayout;
import dev.shoplens.dashboard.layout.SelfRefresh;
import dev.shoplens.dashboard.operations.flink.FlinkJobs;
import dev.shoplens.dashboard.operations.flink.FlinkJobsPanel;
import dev.shoplens.dashboard.operations.retrain.RetrainPanel;
import dev.shoplens.dashboard.operations.retrain.RetrainRunner;
import dev.shoplens.dashboard.operations.topic.AudienceTopicPanel;
import dev.shoplens.dashboard.operations.topic.AudienceTopicReader;
import dev.shoplens.dashboard.overview.EventsChartOption;
import dev.shoplens.dashboard.security.Role;
import dev.shoplens.quality.RejectedEvent;
import dev.shoplens.store.StoreException;
import dev.shoplens.store.read.Overview;
import dev.shoplens.store.read.ShopReader;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How ingestion is going, for data engineers: events per minute, the Flink jobs (state, restarts, checkpoints,
 * back-pressure) with a savepoint action, the LSTM retrain action, how far each source has got, rejected input by
 * reason, a lazy browser over the rejected payloads filtered by reason (kept in the address,
 * {@code operations?reason=late}) with CSV export, and the audience topic's health (published changes, consumers
 * behind). The actions are here because only engineers and admins may open this page.
 */
@Route(value = "operations", layout = MainLayout.class)
@PageTitle("Operations · ShopLens")
@Menu(title = "Operations", order = 40, icon = "vaadin:server")
@RolesAllowed({"ENGINEER", "ADMIN"})
public class OperationsView extends Div implements BeforeEnterObserver {

    static final int REFRESH_MILLIS = 5_000;
    static final int CHART_MINUTES = 60;
    /** The grid shows the start of each payload; the CSV export carries it whole. */
    static final int PAYLOAD_SHOWN = 160;

    static final String[] SOURCES_HEADER = {"source", "newest_event_time", "events", "updated_at"};
    static final String[] REASONS_HEADER = {"reason", "rejected"};

    private static final Logger LOG = LoggerFactory.getLogger(OperationsView.class);

    private final transient ShopReader reader;
    private final FlinkJobsPanel flinkJobs;
    private final AudienceTopicPanel audienceTopic;
    private final Optional<AuditLogPanel> auditLog;
    private final FreshnessBadge freshness = new FreshnessBadge();
    private final KpiCard eventsPerMinute = new KpiCard(
            "kpi-events-per-minute", Texts.of("overview.eventsPerMinute"), Texts.of("overview.eventsPerMinute.hint"));
    private final KpiCard rejectedTotal =
            new KpiCard("kpi-rejected", Texts.of("operations.rejected"), Texts.of("operations.rejected.hint"));
    private final KpiCard resultsLag = new KpiCard(
            "kpi-results-lag", Texts.of("operations.resultsBehind"), Texts.of("operations.resultsBehind.hint"));
    private final EChart eventsChart = new EChart();
    private final Grid<IngestProgress> sources = new Grid<>();
    private final Grid<Map.Entry<String, Long>> reasons = new Grid<>();
    private final Select<String> reason = new Select<>();
    private final Span rejectedCount = new Span();
    private final Grid<RejectedEvent> rejected = new Grid<>();
    // Read by the CSV download too, outside the UI's lock.
    private volatile String reasonFilter;
    private boolean restoring;

    @Autowired
    public OperationsView(
            ShopReader reader,
            FlinkJobs flink,
            AudienceTopicReader audienceTopic,
            Optional<RetrainRunner> retrain,
            AuthenticationContext authentication) {
        this(
                reader,
                flink,
                audienceTopic,
                retrain,
                AuditTrail.of(reader, authentication),
                authentication.hasRole(Role.ADMIN.name()));
    }

    /** {@code admin}: the page also shows the audit log. */
    OperationsView(
            ShopReader reader,
            FlinkJobs flink,
            AudienceTopicReader audienceTopic,
            Optional<RetrainRunner> retrain,
            AuditTrail audit,
            boolean admin) {
        this.reader = reader;
        this.flinkJobs = new FlinkJobsPanel(flink, audit);
        this.audienceTopic = new AudienceTopicPanel(audienceTopic);
        this.auditLog = admin ? Optional.of(new AuditLogPanel(reader)) : Optional.empty();
        addClassName("overview");
        add(
                header(),
                kpis(),
                flinkJobs,
                new RetrainPanel(retrain, audit),
                eventsPanel(),
                sourcesPanel(),
                reasonsPanel(),
                rejectedPanel(),
                this.audienceTopic);
        auditLog.ifPresent(this::add);
        refreshStore();
        SelfRefresh.install(this, REFRESH_MILLIS, this::refresh);
    }

    private Component header() {
        Div header = new Div(new H2(Texts.of("operations.title")), freshness);
        header.addClassName("overview-header");
        return header;
    }

    private Component kpis() {
        Div cards = new Div(eventsPerMinute, rejectedTotal, resultsLag);
        cards.addClassName("kpi-cards");
        return cards;
    }

    private Component eventsPanel() {
        eventsChart.setId("events-chart");
        eventsChart.setHeight("240px");
        return new Div(new H3(Texts.of("operations.acceptedPerMinute")), eventsChart);
    }

    private Component sourcesPanel() {
        sources.setId("sources-grid");
        sources.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        sources.addColumn(IngestProgress::source)
                .setHeader(Texts.of("operations.source"))
                .setAutoWidth(true);
        sources.addColumn(s -> Figures.time(s.newestEventTime()))
                .setHeader(Texts.of("operations.newestEvent"))
                .setAutoWidth(true);
        sources.addColumn(s -> Figures.count(s.events()))
                .setHeader(Texts.of("operations.events"))
                .setTextAlign(ColumnTextAlign.END);
        sources.addColumn(s -> Figures.time(s.updatedAt())).setHeader(Texts.of("operations.lastProgress"));
        sources.setAllRowsVisible(true);
        return new Div(
                new H3(Texts.of("operations.sources")),
                sources,
                CsvExport.link("export-sources-csv", "shoplens-sources.csv", SOURCES_HEADER, csv -> {
                    for (IngestProgress s : reader.ingest().sources()) {
                        csv.printRecord(s.source(), s.newestEventTime(), s.events(), s.updatedAt());
                    }
                }));
    }

    private Component reasonsPanel() {
        reasons.setId("reasons-grid");
        reasons.addThemeVariants(GridVariant.LUMO_COMPACT);
        reasons.addColumn(Map.Entry::getKey)
                .setHeader(Texts.of("operations.reason"))
                .setAutoWidth(true);
        reasons.addColumn(e -> Figures.count(e.getValue()))
                .setHeader(Texts.of("operations.rejected"))
                .setTextAlign(ColumnTextAlign.END);
        reasons.setAllRowsVisible(true);
        reasons.addItemClickListener(click -> reason.setValue(click.getItem().getKey()));
        return new Div(
                new H3(Texts.of("operations.byReason")),
                reasons,
                CsvExport.link("export-reasons-csv", "shoplens-rejected-by-reason.csv", REASONS_HEADER, csv -> {
                    for (Map.Entry<String, Long> e :
                            reader.ingest().rejectedByReason().entrySet()) {
                        csv.printRecord(e.getKey(), e.getValue());
                    }
                }));
    }

    private Component rejectedPanel() {
        reason.setId("reason-filter");
        reason.setLabel(Texts.of("operations.reason"));
        reason.setEmptySelectionAllowed(true);
        reason.setEmptySelectionCaption(Texts.of("operations.everyReason"));
        reason.setItemLabelGenerator(r -> r == null ? Texts.of("operations.everyReason") : r);
        reason.addValueChangeListener(e -> {
            if (!restoring) {
                applyReason(e.getValue());
            }
        });
        rejectedCount.setId("rejected-count");
        rejectedCount.addClassName("page-note");
        rejected.setId("rejected-grid");
        rejected.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        rejected.addColumn(r -> Figures.time(r.rejectedAt()))
                .setHeader(Texts.of("operations.rejectedAt"))
                .setAutoWidth(true);
        rejected.addColumn(RejectedEvent::reason)
                .setHeader(Texts.of("operations.reason"))
                .setAutoWidth(true);
        rejected.addColumn(RejectedEvent::detail)
                .setHeader(Texts.of("operations.detail"))
                .setAutoWidth(true);
        rejected.addColumn(RejectedEvent::origin)
                .setHeader(Texts.of("operations.origin"))
                .setAutoWidth(true);
        rejected.addColumn(r -> shortened(r.payload()))
                .setHeader(Texts.of("operations.payload"))
                .setFlexGrow(1);
        rejected.setItems(this::fetchRejected, this::countRejected);
        rejected.setHeight("420px");
        Div controls = new Div(
                reason,
                rejectedCount,
                CsvExport.link(
                        "export-csv",
                        "shoplens-rejected.csv",
                        RejectedCsv.HEADER,
                        csv -> RejectedCsv.print(csv, reader, reasonFilter)));
        controls.addClassName("inventory-filters");
        return new Div(new H3(Texts.of("operations.rejectedInput")), controls, rejected);
    }

    private Stream<RejectedEvent> fetchRejected(Query<RejectedEvent, Void> query) {
        return reader.ingest().rejected(reasonFilter, query.getOffset(), query.getLimit()).stream();
    }

    private int countRejected(Query<RejectedEvent, Void> query) {
        long n = reader.ingest().countRejected(reasonFilter);
        rejectedCount.setText(
                reasonFilter == null
                        ? Texts.of("operations.count", Figures.count(n))
                        : Texts.of("operations.countAs", Figures.count(n), reasonFilter));
        return (int) Math.min(n, Integer.MAX_VALUE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String wanted = Optional.ofNullable(
                        event.getLocation().getQueryParameters().getParameters().get("reason"))
                .flatMap(values -> values.stream().filter(v -> !v.isBlank()).findFirst())
                .orElse(null);
        restoring = true;
        try {
            withReasons(reader.ingest().rejectedByReason().keySet(), wanted);
            reason.setValue(wanted);
        } finally {
            restoring = false;
        }
        reasonFilter = wanted;
        rejected.getDataProvider().refreshAll();
    }

    private void applyReason(String chosen) {
        reasonFilter = chosen;
        rejected.getDataProvider().refreshAll();
        getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(
                        null,
                        new Location(
                                "operations",
                                chosen == null ? QueryParameters.empty() : QueryParameters.of("reason", chosen))));
    }

    /** Re-reads every figure; the chosen reason and the rejected grid's scroll position stay. */
    void refresh() {
        flinkJobs.refresh();
        audienceTopic.refresh();
        refreshStore();
    }

    private void refreshStore() {
        try {
            auditLog.ifPresent(AuditLogPanel::refresh);
            Overview overview = reader.overview(CHART_MINUTES, Instant.now());
            freshness.show(overview.freshness());
            eventsChart.setOption(EventsChartOption.of(overview.lastMinutes(), CHART_MINUTES));
            eventsPerMinute.setValue(Figures.rate(overview.eventsPerMinute()));
            Double lag = overview.freshness().eventTimeLagSeconds();
            resultsLag.setValue(lag == null ? Figures.NONE : Figures.seconds(lag) + " s");
            sources.setItems(reader.ingest().sources());
            Map<String, Long> byReason = reader.ingest().rejectedByReason();
            reasons.setItems(List.copyOf(byReason.entrySet()));
            rejectedTotal.setValue(Figures.count(
                    byReason.values().stream().mapToLong(Long::longValue).sum()));
            restoring = true;
            try {
                withReasons(byReason.keySet(), reason.getValue());
            } finally {
                restoring = false;
            }
            rejected.getDataProvider().refreshAll();
        } catch (StoreException e) {
            LOG.warn("Operations could not read the store; keeping what is shown", e);
            freshness.showUnavailable();
        }
    }

    /** Offers the reasons that occur, and {@code keep} even before any input was rejected for it. */
    private void withReasons(java.util.Set<String> present, String keep) {
        List<String> offered = new ArrayList<>(present);
        if (keep != null && !offered.contains(keep)) {
            offered.add(keep);
        }
        if (!offered.equals(reason.getListDataView().getItems().toList())) {
            reason.setItems(offered);
            reason.setValue(keep);
        }
    }

    static String shortened(String payload) {
        if (payload == null) {
            return "";
        }
        return payload.length() <= PAYLOAD_SHOWN ? payload : payload.substring(0, PAYLOAD_SHOWN) + "…";
    }
}
