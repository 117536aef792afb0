package dev.shoplens.store.read;

import static dev.shoplens.store.read.SqlShopReader.instant;
import static dev.shoplens.store.read.SqlShopReader.one;
import static dev.shoplens.store.read.SqlShopReader.rows;

import dev.shoplens.activity.IngestProgress;
import dev.shoplens.quality.RejectedEvent;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** What data engineers read about ingestion: rejected input by reason and row by row, and each source's progress. */
final class IngestQueries {

    private final Connection c;
    private final UnaryOperator<String> table;

    /** {@code table} names a table so that it reads its current rows (see {@link SqlShopReader#table}). */
    IngestQueries(Connection c, UnaryOperator<String> table) {
        this.c = c;
        this.table = table;
    }

    Map<String, Long> rejectedByReason() throws SQLException {
        Map<String, Long> byReason = new LinkedHashMap<>();
        for (Object[] r : rows(
                c,
                "SELECT reason, count(*) AS n FROM " + table.apply("rejected_events")
                        + " GROUP BY reason ORDER BY n DESC, reason")) {
            byReason.put((String) r[0], ((Number) r[1]).longValue());
        }
        return byReason;
    }

    /** Newest first; {@code reason} null for every reason. */
    List<RejectedEvent> rejected(String reason, int offset, int limit) throws SQLException {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must be 0 or more: " + offset + ", " + limit);
        }
        List<Object> params = new ArrayList<>(reasonParams(reason));
        params.add(limit);
        params.add(offset);
        List<RejectedEvent> result = new ArrayList<>();
        for (Object[] r : rows(
                c,
                "SELECT reason, detail, origin, payload, rejected_at, event_id FROM "
                        + table.apply("rejected_events") + where(reason)
                        + " ORDER BY rejected_at DESC, origin LIMIT ? OFFSET ?",
                params.toArray())) {
            result.add(new RejectedEvent(
                    (String) r[0], (String) r[1], (String) r[2], (String) r[3], instant(r[4]), (String) r[5]));
        }
        return result;
    }

    long countRejected(String reason) throws SQLException {
        return ((Number) one(
                        c,
                        "SELECT count(*) FROM " + table.apply("rejected_events") + where(reason),
                        reasonParams(reason).toArray())[0])
                .longValue();
    }

    /** Every source, the one furthest behind (oldest newest event) first. */
    List<IngestProgress> sources() throws SQLException {
        List<IngestProgress> result = new ArrayList<>();
        for (Object[] r : rows(
                c,
                "SELECT source, newest_event_time, events, updated_at FROM " + table.apply("ingest_progress")
                        + " ORDER BY newest_event_time, source")) {
            result.add(new IngestProgress((String) r[0], instant(r[1]), ((Number) r[2]).longValue(), instant(r[3])));
        }
        return result;
    }

    private static String where(String reason) {
        return reason == null ? "" : " WHERE reason = ?";
    }

    private static List<Object> reasonParams(String reason) {
        return reason == null ? List.of() : List.of(reason);
    }
}
