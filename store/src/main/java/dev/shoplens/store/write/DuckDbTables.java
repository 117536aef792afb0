package dev.shoplens.store.write;

import dev.shoplens.activity.EventCount;
import dev.shoplens.activity.IngestProgress;
import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.features.ProductDay;
import dev.shoplens.orders.OrderRow;
import dev.shoplens.quality.RejectedEvent;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.duckdb.DuckDBAppender;

/** The column order of each table in {@code sql/duckdb/V1__results.sql}, one mapping per row type. */
final class DuckDbTables {

    private DuckDbTables() {}

    static final DuckDbTable<CustomerFeatures> CUSTOMER_FEATURES =
            new DuckDbTable<>("customer_features", CustomerFeatures::customerId, (a, r) -> {
                a.append(r.customerId());
                time(a, r.asOf());
                time(a, r.firstSeen());
                time(a, r.lastOrderAt());
                a.append(r.daysSinceLastOrder());
                a.append(r.orders7d()).append(r.orders30d()).append(r.orders90d());
                a.append(r.revenue7d()).append(r.revenue30d()).append(r.revenue90d());
                a.append(r.totalOrders()).append(r.totalRevenue());
                a.append(r.avgOrderValue());
                a.append(r.views7d()).append(r.cartAdds7d()).append(r.abandonedCarts30d());
                a.append(r.cartAbandonmentRate30d());
                a.append(r.sessions30d()).append(r.tenureDays());
                a.append(r.meanDaysBetweenOrders()).append(r.returnRate());
                a.append(r.distinctCategories());
                time(a, Instant.now());
            });

    static final DuckDbTable<ProductDay> PRODUCT_DAILY =
            new DuckDbTable<>("product_daily", r -> List.of(r.productId(), r.day()), (a, r) -> {
                a.append(r.productId()).append(r.day()).append(r.category());
                a.append(r.unitsSold()).append(r.unitsReturned()).append(r.revenue());
                a.append(r.views()).append(r.cartAdds()).append(r.stockOnHand());
                time(a, r.asOf());
                time(a, Instant.now());
            });

    static final DuckDbTable<OrderRow> ORDERS = new DuckDbTable<>("orders", OrderRow::eventId, (a, r) -> {
        a.append(r.eventId()).append(r.orderId()).append(r.customerId());
        time(a, r.time());
        a.append(r.kind()).append(r.units()).append(r.amount());
        time(a, Instant.now());
    });

    static final DuckDbTable<EventCount> EVENT_COUNTS =
            new DuckDbTable<>("event_counts", r -> List.of(r.minute(), r.type()), (a, r) -> {
                time(a, r.minute());
                a.append(r.type()).append(r.events());
                time(a, r.firstTime());
                time(a, r.lastTime());
                time(a, Instant.now());
            });

    static final DuckDbTable<RejectedEvent> REJECTED_EVENTS =
            new DuckDbTable<>("rejected_events", RejectedEvent::origin, (a, r) -> {
                a.append(r.origin()).append(r.reason()).append(r.detail()).append(r.eventId());
                a.append(r.payload());
                time(a, r.rejectedAt());
            });

    static final DuckDbTable<IngestProgress> INGEST_PROGRESS =
            new DuckDbTable<>("ingest_progress", IngestProgress::source, (a, r) -> {
                a.append(r.source());
                time(a, r.newestEventTime());
                a.append(r.events());
                time(a, r.updatedAt());
            });

    /** DuckDB's TIMESTAMP has no zone: ShopLens stores UTC. */
    private static void time(DuckDBAppender appender, Instant instant) throws SQLException {
        if (instant == null) {
            appender.appendNull();
        } else {
            appender.append(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
        }
    }
}
