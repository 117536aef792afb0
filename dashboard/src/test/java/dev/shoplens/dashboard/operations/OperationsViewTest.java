package dev.shoplens.dashboard.operations;

import static dev.shoplens.dashboard.ComponentTree.byId;
import static dev.shoplens.dashboard.ComponentTree.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import dev.shoplens.activity.IngestProgress;
import dev.shoplens.dashboard.ComponentTree;
import dev.shoplens.dashboard.CurrentUi;
import dev.shoplens.dashboard.audit.AuditTrail;
import dev.shoplens.dashboard.chart.EChart;
import dev.shoplens.dashboard.csv.CsvExport;
import dev.shoplens.dashboard.operations.flink.FlinkJobs;
import dev.shoplens.dashboard.operations.topic.AudienceTopicReader;
import dev.shoplens.quality.RejectedEvent;
import dev.shoplens.store.audit.AuditEntry;
import dev.shoplens.store.read.ShopReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Operations page as the server builds it, on a store of known ingestion. */
class OperationsViewTest extends CurrentUi {

    static ShopReader reader;

    @BeforeAll
    static void openStore() {
        reader = OperationsShop.create().openReader();
    }

    @AfterAll
    static void closeStore() {
        reader.close();
    }

    /** The page without Flink or a retrain runner, as the dashboard alone starts when neither is configured. */
    static OperationsView view() {
        return new OperationsView(
                reader,
                FlinkJobs.notConfigured(),
                AudienceTopicReader.notConfigured(),
                Optional.empty(),
                AuditTrail.of(reader, "eve"),
                false);
    }

    @Test
    @SuppressWarnings("unchecked")
    void adminsSeeTheAuditLogNewestFirstAndEngineersDoNot() {
        AuditTrail.of(reader, "ana").record(AuditTrail.SAVEPOINT, "feature job: file:/sp/savepoint-9");
        AuditTrail.of(reader, "ben").record(AuditTrail.RETRAIN, "done: purchase promoted v2");

        OperationsView admin = new OperationsView(
                reader,
                FlinkJobs.notConfigured(),
                AudienceTopicReader.notConfigured(),
                Optional.empty(),
                AuditTrail.of(reader, "ana"),
                true);
        List<AuditEntry> shown = ((Grid<AuditEntry>) byId(admin, "audit-grid"))
                .getLazyDataView()
                .getItems()
                .toList();
        assertThat(shown)
                .extracting(AuditEntry::user, AuditEntry::action)
                .startsWith(tuple("ben", "retrain"), tuple("ana", "savepoint"));

        assertThat(ComponentTree.find(view(), "audit-panel")).isEmpty();
    }

    @SuppressWarnings("unchecked")
    static List<RejectedEvent> rejected(OperationsView view) {
        return ((Grid<RejectedEvent>) byId(view, "rejected-grid"))
                .getLazyDataView()
                .getItems()
                .toList();
    }

    @Test
    void showsTheFiguresSourcesAndReasons() {
        OperationsView view = view();

        assertThat(textOf(view, "kpi-rejected")).isEqualTo("19");
        assertThat(textOf(view, "kpi-results-lag")).isEqualTo("30 s");
        assertThat(textOf(view, "kpi-events-per-minute")).isEqualTo("105.5");
        assertThat(((EChart) byId(view, "events-chart")).getOption()).contains("Events");
        assertThat(((Grid<IngestProgress>) byId(view, "sources-grid"))
                        .getListDataView()
                        .getItems()
                        .map(IngestProgress::source))
                .containsExactly("kafka-1", "kafka-0");
        assertThat(((Select<String>) byId(view, "reason-filter"))
                        .getListDataView()
                        .getItems())
                .containsExactly("malformed_json", "late", "duplicate");
        assertThat(rejected(view))
                .hasSize(19)
                .first()
                .extracting(RejectedEvent::eventId)
                .isEqualTo("late-4");
    }

    @Test
    void theReasonFilterNarrowsTheRejectedPayloads() {
        OperationsView view = view();
        ((Select<String>) byId(view, "reason-filter")).setValue("late");

        assertThat(rejected(view))
                .extracting(RejectedEvent::eventId)
                .containsExactly("late-4", "late-3", "late-2", "late-1", "late-0");
    }

    @Test
    void withoutFlinkOrARetrainRunnerThePageSaysSoPlainly() {
        OperationsView view = view();

        assertThat(textOf(view, "flink-freshness")).isEqualTo("Flink not configured");
        assertThat(textOf(view, "flink-note")).contains("flink.restUrl", "SHOPLENS_FLINK_REST_URL");
        assertThat(byId(view, "flink-jobs-grid")).isNotNull();

        ((Button) byId(view, "trigger-retrain")).click();
        assertThat(textOf(view, "retrain-outcome")).contains("bin/shoplens retrain");
    }

    @Test
    void theGridShortensPayloadsAndTheExportKeepsThemWhole() {
        assertThat(OperationsView.shortened(OperationsShop.LONG_PAYLOAD))
                .hasSize(OperationsView.PAYLOAD_SHOWN + 1)
                .endsWith("…");

        String csv = CsvExport.text(RejectedCsv.HEADER, out -> RejectedCsv.print(out, reader, "late"));

        assertThat(csv.lines()).hasSize(6);
        assertThat(csv.lines().skip(1).findFirst().orElseThrow())
                .startsWith("2026-03-02T09:58:24Z,late,24 min late,kafka:events:1:4,late-4,")
                .contains("x".repeat(400));
    }
}
