package dev.shoplens.dashboard.operations.flink;

import static dev.shoplens.dashboard.csv.CsvExport.number;

import dev.shoplens.dashboard.csv.SafeCsvPrinter;
import java.io.IOException;
import java.util.List;

/** The Flink jobs grid as CSV, as last read from Flink's REST API: plain numbers and Flink's own codes. */
final class JobCsv {

    static final String[] HEADER = {
        "job_id",
        "job",
        "state",
        "running_since",
        "restarts",
        "checkpoints_completed",
        "checkpoints_failed",
        "latest_checkpoint",
        "latest_checkpoint_bytes",
        "latest_checkpoint_millis",
        "latest_checkpoint_completed_at",
        "busiest_vertex",
        "back_pressure",
        "back_pressure_ratio"
    };

    private JobCsv() {}

    static void print(SafeCsvPrinter csv, List<JobRow> rows) throws IOException {
        for (JobRow r : rows) {
            CheckpointStats.LatestCheckpoint latest = r.checkpoints().latest();
            csv.printRecord(
                    r.job().id(),
                    r.job().name(),
                    r.job().state(),
                    r.runningSince(),
                    r.restarts(),
                    r.checkpoints().completed(),
                    r.checkpoints().failed(),
                    latest == null ? null : latest.id(),
                    latest == null ? null : latest.stateSizeBytes(),
                    latest == null ? null : latest.durationMillis(),
                    latest == null ? null : latest.completedAt(),
                    r.busiest() == null ? null : r.busiest().vertex(),
                    r.busiest() == null ? null : r.busiest().level(),
                    r.busiest() == null ? null : number(r.busiest().ratio(), 3));
        }
    }
}
