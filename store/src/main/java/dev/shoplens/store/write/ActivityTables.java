package dev.shoplens.store.write;

import static dev.shoplens.store.write.Table.column;

import dev.shoplens.features.CustomerDay;
import java.time.Instant;
import java.util.List;

/** The per-customer daily activity of schema version 5 ({@code sql/duckdb/V5__customer_daily.sql}). */
final class ActivityTables {

    private ActivityTables() {}

    static final Table<CustomerDay> CUSTOMER_DAILY = new Table<>(
            "customer_daily",
            r -> List.of(r.customerId(), r.day()),
            List.of(
                    column("customer_id", CustomerDay::customerId),
                    column("day", CustomerDay::day),
                    column("views", CustomerDay::views),
                    column("cart_adds", CustomerDay::cartAdds),
                    column("orders", CustomerDay::orders),
                    column("revenue", CustomerDay::revenue),
                    column("returns", CustomerDay::returns),
                    column("as_of", CustomerDay::asOf),
                    column("written_at", r -> Instant.now())));
}
