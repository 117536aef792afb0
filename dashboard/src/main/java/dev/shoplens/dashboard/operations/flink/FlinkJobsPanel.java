package dev.shoplens.dashboard.operations.flink;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import dev.shoplens.dashboard.audit.AuditTrail;
import dev.shoplens.dashboard.csv.CsvExport;
import dev.shoplens.dashboard.i18n.Figures;
import dev.shoplens.dashboard.i18n.Texts;
import dev.shoplens.dashboard.layout.FreshnessBadge;
import dev.shoplens.dashboard.operations.Background;
import java.time.Instant;
import java.util.List;

/**
 * The Flink jobs on the Operations page: state, uptime, restarts, the latest checkpoint (id, size, duration, age),
 * failed checkpoints and the busiest vertex's back-pressure, read from Flink's REST API at each refresh, with a
 * badge saying when (or that Flink is not configured or not reachable: the rows read last then stay). A running
 * job's row offers a savepoint; its path or the reason it failed shows below the grid.
 */
public class FlinkJobsPanel extends Div {

    private final transient FlinkJobs flink;
    private final transient AuditTrail audit;
    private final FreshnessBadge freshness = new FreshnessBadge();
    private final Span note = new Span();
    private final Grid<JobRow> grid = new Grid<>();
    private volatile List<JobRow> rows = List.of();
    private final Span savepointOutcome = new Span();
    private Instant shownAt;
    private boolean savepointRunning;

    public FlinkJobsPanel(FlinkJobs flink, AuditTrail audit) {
        this.flink = flink;
        this.audit = audit;
        freshness.setId("flink-freshness");
        note.setId("flink-note");
        note.addClassName("page-note");
        savepointOutcome.setId("savepoint-outcome");
        savepointOutcome.addClassName("page-note");
        Div heading = new Div(
                new H3(Texts.of("flink.jobs")),
                freshness,
                CsvExport.link(
                        "export-flink-jobs-csv",
                        "shoplens-flink-jobs.csv",
                        JobCsv.HEADER,
                        csv -> JobCsv.print(csv, rows)));
        heading.addClassName("overview-header");
        add(heading, note, configureGrid(), savepointTarget(), savepointOutcome);
        refresh();
    }

    private Component configureGrid() {
        grid.setId("flink-jobs-grid");
        // Wrapped cells and set widths keep every column, the savepoint button included, inside a 1,100 px page.
        grid.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> r.job().name())
                .setHeader(Texts.of("flink.job"))
                .setWidth("100px")
                .setFlexGrow(2);
        grid.addColumn(r -> r.job().state()).setHeader(Texts.of("flink.state")).setWidth("100px");
        grid.addColumn(r -> FlinkFigures.span(r.uptime(shownAt)))
                .setHeader(Texts.of("flink.uptime"))
                .setWidth("100px");
        number(
                grid.addColumn(r -> r.restarts() == null ? Figures.NONE : Figures.count(r.restarts())),
                "flink.restarts");
        Grid.Column<JobRow> latest = number(
                grid.addColumn(
                        r -> latest(r) == null ? Figures.NONE : "#" + latest(r).id()),
                "flink.latest");
        Grid.Column<JobRow> size = number(
                grid.addColumn(r -> latest(r) == null
                        ? Figures.NONE
                        : FlinkFigures.bytes(latest(r).stateSizeBytes())),
                "flink.checkpointSize");
        Grid.Column<JobRow> took = number(
                grid.addColumn(r -> latest(r) == null
                        ? Figures.NONE
                        : FlinkFigures.millis(latest(r).durationMillis())),
                "flink.checkpointDuration");
        Grid.Column<JobRow> age = grid.addColumn(r -> r.checkpointAge(shownAt) == null
                        ? Figures.NONE
                        : Texts.of("flink.ago", FlinkFigures.span(r.checkpointAge(shownAt))))
                .setHeader(Texts.of("flink.checkpointAge"))
                .setWidth("110px");
        Grid.Column<JobRow> failed = number(
                        grid.addColumn(r -> Figures.count(r.checkpoints().failed())), "flink.failed")
                .setTooltipGenerator(r -> r.checkpoints().latestFailure() == null
                        ? null
                        : r.checkpoints().latestFailure().message());
        grid.addColumn(r -> FlinkFigures.backPressure(r.busiest()))
                .setHeader(Texts.of("flink.backPressure"))
                .setWidth("100px")
                .setFlexGrow(2);
        grid.addComponentColumn(this::savepointButton).setWidth("150px").setFlexGrow(0);
        // One heading over the checkpoint figures keeps each column's own heading short enough to read.
        grid.prependHeaderRow().join(latest, size, took, age, failed).setText(Texts.of("flink.checkpoints"));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static Grid.Column<JobRow> number(Grid.Column<JobRow> column, String header) {
        return column.setHeader(Texts.of(header))
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("80px")
                .setFlexGrow(0);
    }

    private static CheckpointStats.LatestCheckpoint latest(JobRow row) {
        return row.checkpoints().latest();
    }

    private Component savepointTarget() {
        Span target = new Span(
                flink.savepointDir() == null
                        ? Texts.of("flink.savepoint.clusterDefault")
                        : Texts.of("flink.savepoint.target", flink.savepointDir()));
        target.setId("savepoint-target");
        target.addClassName("page-note");
        return new Div(target);
    }

    private Component savepointButton(JobRow row) {
        if (!row.job().running()) {
            return new Span();
        }
        Button button = new Button(Texts.of("flink.savepoint"), click -> savepoint(row.job()));
        button.setId("savepoint-" + row.job().id());
        button.addClassName("savepoint-button");
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setEnabled(!savepointRunning);
        return button;
    }

    void savepoint(FlinkJob job) {
        savepointRunning = true;
        grid.getDataProvider().refreshAll();
        savepointOutcome.setText(Texts.of("flink.savepoint.running", job.name()));
        getUI().ifPresent(ui -> Background.run(ui, "shoplens-savepoint", () -> flink.savepoint(job.id()), status -> {
            savepointRunning = false;
            showSavepoint(job, status);
            grid.getDataProvider().refreshAll();
        }));
    }

    void showSavepoint(FlinkJob job, SavepointStatus status) {
        boolean done = status.state() == SavepointStatus.State.COMPLETED;
        audit.record(
                AuditTrail.SAVEPOINT,
                job.name() + " (" + job.id() + "): " + (done ? status.location() : "failed, " + status.failure()));
        savepointOutcome.setText(
                status.state() == SavepointStatus.State.COMPLETED
                        ? Texts.of("flink.savepoint.done", job.name(), status.location())
                        : Texts.of("flink.savepoint.failed", job.name(), status.failure()));
        savepointOutcome.setClassName("failed", status.state() != SavepointStatus.State.COMPLETED);
    }

    /** Reads Flink again; when it cannot, the rows read last stay, and the badge says since when. */
    public void refresh() {
        FlinkJobsSnapshot snapshot = flink.read();
        switch (snapshot.availability()) {
            case READ -> {
                shownAt = snapshot.readAt();
                rows = List.copyOf(snapshot.jobs());
                grid.setItems(rows);
                freshness.state(Texts.of("flink.asOf", Figures.time(shownAt)), null, flink.restUrl());
                note.setText(snapshot.jobs().isEmpty() ? Texts.of("flink.noJobs") : "");
            }
            case UNREACHABLE -> {
                freshness.state(Texts.of("flink.unreachable"), "unavailable", snapshot.problem());
                note.setText(
                        shownAt == null
                                ? snapshot.problem()
                                : snapshot.problem() + " " + Texts.of("flink.keptFrom", Figures.time(shownAt)));
            }
            case NOT_CONFIGURED -> {
                freshness.state(Texts.of("flink.notConfigured"), "waiting", null);
                note.setText(Texts.of("flink.notConfigured.note"));
            }
        }
        note.setVisible(!note.getText().isEmpty());
    }
}
