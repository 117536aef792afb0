package dev.shoplens.dashboard.cohorts;

import static dev.shoplens.dashboard.csv.CsvExport.number;

import dev.shoplens.dashboard.csv.SafeCsvPrinter;
import dev.shoplens.store.read.SegmentProfile;
import java.io.IOException;
import java.util.List;

/**
 * The segment grids as CSV: the profiles, and the moves month by month. Segment names stay as the model stored them
 * (and newcomers are segment -1), so a file reads the same whichever language exported it.
 */
final class SegmentCsv {

    static final String[] PROFILES_HEADER = {
        "segment_id",
        "segment",
        "customers",
        "mean_days_since_last_order",
        "mean_orders",
        "mean_revenue_90d",
        "mean_order_value",
        "mean_sessions_30d",
        "mean_tenure_days",
        "mean_cart_abandonment",
        "total_revenue"
    };

    static final String[] MOVES_HEADER = {"month", "from_id", "from", "to_id", "to", "customers"};

    private SegmentCsv() {}

    static void profiles(SafeCsvPrinter csv, List<SegmentProfile> profiles) throws IOException {
        for (SegmentProfile p : profiles) {
            csv.printRecord(
                    p.segmentId(),
                    p.name(),
                    p.customers(),
                    number(p.meanDaysSinceLastOrder(), 2),
                    number(p.meanOrders(), 2),
                    number(p.meanRevenue90d(), 2),
                    number(p.meanOrderValue(), 2),
                    number(p.meanSessions30d(), 2),
                    number(p.meanTenureDays(), 2),
                    number(p.meanCartAbandonment(), 4),
                    number(p.totalRevenue(), 2));
        }
    }

    static void moves(SafeCsvPrinter csv, SegmentMoves moves) throws IOException {
        for (SegmentMoves.Move m : moves.moves()) {
            csv.printRecord(
                    m.month(),
                    m.from(),
                    moves.names().get(m.from()),
                    m.to(),
                    moves.names().get(m.to()),
                    m.customers());
        }
    }
}
