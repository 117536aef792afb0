package dev.shoplens.dashboard.operations.flink;

import static dev.shoplens.dashboard.ComponentTree.byId;
import static dev.shoplens.dashboard.ComponentTree.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import dev.shoplens.dashboard.CurrentUi;
import dev.shoplens.dashboard.audit.AuditTrail;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The jobs panel as the server builds it, on the captured running job, and after Flink went away. */
class FlinkJobsPanelTest extends CurrentUi {

    final List<String> recorded = new ArrayList<>();
    final AuditTrail audit = (action, detail) -> recorded.add(action + ": " + detail);

    @Test
    @SuppressWarnings("unchecked")
    void showsTheRunningJobAndKeepsItWhenFlinkGoesAway() {
        FakeFlink flink = FakeFlink.runningJob();
        FlinkJobsPanel panel = new FlinkJobsPanel(FlinkJobsTest.on(flink.url(), "file:///var/lib/flink/sp"), audit);

        Grid<JobRow> grid = (Grid<JobRow>) byId(panel, "flink-jobs-grid");
        assertThat(grid.getListDataView().getItems().map(r -> r.job().name())).containsExactly("feature job");
        assertThat(textOf(panel, "flink-freshness")).startsWith("Flink as of ");
        assertThat(textOf(panel, "savepoint-target")).isEqualTo("Savepoints go to file:///var/lib/flink/sp.");

        flink.close();
        panel.refresh();

        assertThat(textOf(panel, "flink-freshness")).isEqualTo("Flink not reachable, retrying");
        assertThat(textOf(panel, "flink-note")).contains("did not answer", "Showing the jobs as read at");
        assertThat(grid.getListDataView().getItems()).hasSize(1);
    }

    @Test
    void exportsTheJobsAsReadFromFlink() {
        try (FakeFlink flink = FakeFlink.runningJob()) {
            FlinkJobsSnapshot snapshot = FlinkJobsTest.on(flink.url(), null).read();

            String csv =
                    dev.shoplens.dashboard.csv.CsvExport.text(JobCsv.HEADER, out -> JobCsv.print(out, snapshot.jobs()));

            assertThat(csv.lines()).hasSize(2).first().asString().startsWith("job_id,job,state,running_since,restarts");
            assertThat(csv.lines().skip(1).findFirst().orElseThrow())
                    .startsWith(FakeFlink.JOB + ",feature job,RUNNING,");
        }
    }

    @Test
    void aSavepointsOutcomeIsItsPathOrWhyItFailed() {
        FlinkJobsPanel panel = new FlinkJobsPanel(FlinkJobs.notConfigured(), audit);
        FlinkJob job = new FlinkJob(FakeFlink.JOB, "feature job", FlinkJob.RUNNING, Instant.EPOCH);

        panel.showSavepoint(job, new SavepointStatus(SavepointStatus.State.COMPLETED, "file:/sp/savepoint-1", null));
        assertThat(textOf(panel, "savepoint-outcome"))
                .isEqualTo("Savepoint of feature job written to file:/sp/savepoint-1");

        panel.showSavepoint(job, SavepointStatus.failed("java.io.IOException: disk full"));
        assertThat(textOf(panel, "savepoint-outcome"))
                .isEqualTo("Savepoint of feature job failed: java.io.IOException: disk full");
        assertThat(recorded)
                .containsExactly(
                        "savepoint: feature job (" + FakeFlink.JOB + "): file:/sp/savepoint-1",
                        "savepoint: feature job (" + FakeFlink.JOB + "): failed, java.io.IOException: disk full");
    }

    @Test
    void figuresReadAsPeopleWriteThem() {
        assertThat(FlinkFigures.bytes(2078L)).isEqualTo("2.0 KB");
        assertThat(FlinkFigures.bytes(512L)).isEqualTo("512 B");
        assertThat(FlinkFigures.millis(16L)).isEqualTo("16 ms");
        assertThat(FlinkFigures.millis(2_500L)).isEqualTo("2.5 s");
        assertThat(FlinkFigures.span(java.time.Duration.ofSeconds(3_720))).isEqualTo("1 h 2 min");
        assertThat(FlinkFigures.backPressure(new BackPressure("Map", "high", 0.87)))
                .isEqualTo("high 87% · Map");
    }
}
