package dev.shoplens.store.write;

import static dev.shoplens.store.write.Table.column;

import dev.shoplens.activity.EventCount;
import dev.shoplens.activity.IngestProgress;
import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.features.ProductDay;
import dev.shoplens.orders.OrderRow;
import dev.shoplens.quality.RejectedEvent;
import java.time.Instant;
import java.util.List;

/**
 * The result tables of schema version 1 ({@code sql/duckdb/V1__results.sql}, {@code sql/clickhouse/V1__results.sql}):
 * the same logical tables, column for column, in every store. {@code written_at} is the wall-clock time of the write;
 * in ClickHouse it is also the version that keeps the newest copy of a replayed row.
 */
public final class Tables {

    private Tables() {}

    private static final Table.Column<Object> WRITTEN_AT = column("written_at", r -> Instant.now());

    @SuppressWarnings("unchecked")
    private static <T> Table.Column<T> writtenAt() {
        return (Table.Column<T>) (Table.Column<?>) WRITTEN_AT;
    }

    public static final Table<CustomerFeatures> CUSTOMER_FEATURES = new Table<>(
            "customer_features",
            CustomerFeatures::customerId,
            List.of(
                    column("customer_id", CustomerFeatures::customerId),
                    column("as_of", CustomerFeatures::asOf),
                    column("first_seen", CustomerFeatures::firstSeen),
                    column("last_order_at", CustomerFeatures::lastOrderAt),
                    column("days_since_last_order", CustomerFeatures::daysSinceLastOrder),
                    column("orders_7d", CustomerFeatures::orders7d),
                    column("orders_30d", CustomerFeatures::orders30d),
                    column("orders_90d", CustomerFeatures::orders90d),
                    column("revenue_7d", CustomerFeatures::revenue7d),
                    column("revenue_30d", CustomerFeatures::revenue30d),
                    column("revenue_90d", CustomerFeatures::revenue90d),
                    column("total_orders", CustomerFeatures::totalOrders),
                    column("total_revenue", CustomerFeatures::totalRevenue),
                    column("avg_order_value", CustomerFeatures::avgOrderValue),
                    column("views_7d", CustomerFeatures::views7d),
                    column("cart_adds_7d", CustomerFeatures::cartAdds7d),
                    column("abandoned_carts_30d", CustomerFeatures::abandonedCarts30d),
                    column("cart_abandonment_rate_30d", CustomerFeatures::cartAbandonmentRate30d),
                    column("sessions_30d", CustomerFeatures::sessions30d),
                    column("tenure_days", CustomerFeatures::tenureDays),
                    column("mean_days_between_orders", CustomerFeatures::meanDaysBetweenOrders),
                    column("return_rate", CustomerFeatures::returnRate),
                    column("distinct_categories", CustomerFeatures::distinctCategories),
                    writtenAt()));

    public static final Table<ProductDay> PRODUCT_DAILY = new Table<>(
            "product_daily",
            r -> List.of(r.productId(), r.day()),
            List.of(
                    column("product_id", ProductDay::productId),
                    column("day", ProductDay::day),
                    column("category", ProductDay::category),
                    column("units_sold", ProductDay::unitsSold),
                    column("units_returned", ProductDay::unitsReturned),
                    column("revenue", ProductDay::revenue),
                    column("views", ProductDay::views),
                    column("cart_adds", ProductDay::cartAdds),
                    column("stock_on_hand", ProductDay::stockOnHand),
                    column("as_of", ProductDay::asOf),
                    writtenAt()));

    public static final Table<OrderRow> ORDERS = new Table<>(
            "orders",
            OrderRow::eventId,
            List.of(
                    column("event_id", OrderRow::eventId),
                    column("order_id", OrderRow::orderId),
                    column("customer_id", OrderRow::customerId),
                    column("time", OrderRow::time),
                    column("kind", OrderRow::kind),
                    column("units", OrderRow::units),
                    column("amount", OrderRow::amount),
                    writtenAt()));

    public static final Table<EventCount> EVENT_COUNTS = new Table<>(
            "event_counts",
            r -> List.of(r.minute(), r.type()),
            List.of(
                    column("minute", EventCount::minute),
                    column("type", EventCount::type),
                    column("events", EventCount::events),
                    column("first_time", EventCount::firstTime),
                    column("last_time", EventCount::lastTime),
                    writtenAt()));

    public static final Table<RejectedEvent> REJECTED_EVENTS = new Table<>(
            "rejected_events",
            RejectedEvent::origin,
            List.of(
                    column("origin", RejectedEvent::origin),
                    column("reason", RejectedEvent::reason),
                    column("detail", RejectedEvent::detail),
                    column("event_id", RejectedEvent::eventId),
                    column("payload", RejectedEvent::payload),
                    column("rejected_at", RejectedEvent::rejectedAt)));

    public static final Table<IngestProgress> INGEST_PROGRESS = new Table<>(
            "ingest_progress",
            IngestProgress::source,
            List.of(
                    column("source", IngestProgress::source),
                    column("newest_event_time", IngestProgress::newestEventTime),
                    column("events", IngestProgress::events),
                    column("updated_at", IngestProgress::updatedAt)));
}
