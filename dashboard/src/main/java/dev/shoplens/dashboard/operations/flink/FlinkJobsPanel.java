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
import dev.shoplens.dashboard.i18n.Texts;
import dev.shoplens.dashboard.operations.Background;
import dev.shoplens.dashboard.overview.Figures;
import dev.shoplens.dashboard.overview.FreshnessBadge;
import java.time.Instant;

/**
 * The Flink jobs on the Operations page: state, uptime, restarts, the latest checkpoint (id, size, duration, age),
 * failed checkpoints and the busiest vertex's back-pressure, read from Flink's REST API at each refresh, with a
 * badge saying when (or that Flink is not configured or not reachable: the rows read last then stay). A running
 * job's row offers a savepoint; its path or the reason it failed shows below the grid.
 */
public class FlinkJobsPanel extends Div {

    private final transient FlinkJobs flink;
    private final FreshnessBadge freshness = new FreshnessBadge();
    private final Span note = new Span();
    private final Grid<JobRow> grid = new Grid<>();
    private final Span savepointOutcome = new Span();
    private Instant shownAt;
    private boolean savepointRunning;

    public FlinkJobsPanel(FlinkJobs flink) {
        this.flink = flink;
        freshness.setId("flink-freshness");
        note.setId("flink-note");
        note.addClassName("page-note");
        savepointOutcome.setId("savepoint-outcome");
        savepointOutcome.addClassName("page-note");
        Div heading = new Div(new H3(Texts.of("flink.jobs")), freshness);
        heading.addClassName("overview-header");
        add(heading, note, configureGrid(), savepointTarget(), savepointOutcome);
        refresh();
    }

    private Component configureGrid() {
        grid.setId("flink-jobs-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> r.job().name()).setHeader(Texts.of("flink.job")).setAutoWidth(true);
        grid.addColumn(r -> r.job().state()).setHeader(Texts.of("flink.state")).setAutoWidth(true);
        grid.addColumn(r -> FlinkFigures.span(r.uptime(shownAt))).setHeader(Texts.of("flink.uptime"));
        grid.addColumn(r -> r.restarts() == null ? Figures.NONE : Figures.count(r.restarts()))
                .setHeader(Texts.of("flink.restarts"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.checkpoints().latest() == null
                        ? Figures.NONE
                        : "#" + r.checkpoints().latest().id())
                .setHeader(Texts.of("flink.lastCheckpoint"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.checkpoints().latest() == null
                        ? Figures.NONE
                        : FlinkFigures.bytes(r.checkpoints().latest().stateSizeBytes()))
                .setHeader(Texts.of("flink.checkpointSize"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.checkpoints().latest() == null
                        ? Figures.NONE
                        : FlinkFigures.millis(r.checkpoints().latest().durationMillis()))
                .setHeader(Texts.of("flink.checkpointDuration"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.checkpointAge(shownAt) == null
                        ? Figures.NONE
                        : Texts.of("flink.ago", FlinkFigures.span(r.checkpointAge(shownAt))))
                .setHeader(Texts.of("flink.checkpointAge"));
        grid.addColumn(r -> Figures.count(r.checkpoints().failed()))
                .setHeader(Texts.of("flink.failedCheckpoints"))
                .setTextAlign(ColumnTextAlign.END)
                .setTooltipGenerator(r -> r.checkpoints().latestFailure() == null
                        ? null
                        : r.checkpoints().latestFailure().message());
        grid.addColumn(r -> FlinkFigures.backPressure(r.busiest()))
                .setHeader(Texts.of("flink.backPressure"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::savepointButton).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        return grid;
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
                grid.setItems(snapshot.jobs());
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
