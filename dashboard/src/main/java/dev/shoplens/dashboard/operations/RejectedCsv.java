package dev.shoplens.dashboard.operations;

import dev.shoplens.dashboard.csv.CsvExport;
import dev.shoplens.dashboard.csv.SafeCsvPrinter;
import dev.shoplens.store.read.ShopReader;
import java.io.IOException;

/** Rejected input as CSV, newest first as shown, with the whole stored payload (the grid shortens it). */
final class RejectedCsv {

    static final String[] HEADER = {"rejected_at", "reason", "detail", "origin", "event_id", "payload"};

    private RejectedCsv() {}

    /** {@code reason} null for every reason. */
    static void print(SafeCsvPrinter csv, ShopReader reader, String reason) throws IOException {
        CsvExport.paged(
                csv,
                (offset, limit) -> reader.ingest().rejected(reason, offset, limit),
                (out, r) ->
                        out.printRecord(r.rejectedAt(), r.reason(), r.detail(), r.origin(), r.eventId(), r.payload()));
    }
}
