package dev.shoplens.dashboard.cohorts;

import dev.shoplens.activity.IngestProgress;
import dev.shoplens.dashboard.TestShop;
import dev.shoplens.orders.OrderRow;
import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.store.write.ResultWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A store with two cohorts. January 2026: 4 customers (j0-j3) each spending 25; 2 of them (j0, j1) buy again in
 * February for 10 each, 1 (j0) in March for 40. February 2026: 2 customers (f0, f1) for 50 each, neither back yet.
 * The newest event is in March 2026.
 */
final class CohortShop {

    static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");

    private CohortShop() {}

    static DuckDbSettings create() {
        Instant jan = Instant.parse("2026-01-15T10:00:00Z");
        Instant feb = Instant.parse("2026-02-15T10:00:00Z");
        Instant mar = Instant.parse("2026-03-15T10:00:00Z");
        List<OrderRow> orders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            orders.add(TestShop.purchase("j" + i, "j" + i, jan, 25.0));
        }
        orders.add(TestShop.purchase("j0-feb", "j0", feb, 10.0));
        orders.add(TestShop.purchase("j1-feb", "j1", feb, 10.0));
        orders.add(TestShop.purchase("j0-mar", "j0", mar, 40.0));
        orders.add(TestShop.purchase("f0", "f0", feb, 50.0));
        orders.add(TestShop.purchase("f1", "f1", feb, 50.0));
        DuckDbSettings store = TestShop.emptyStore();
        try (ResultWriter writer = store.openWriter()) {
            writer.writeOrders(orders);
            writer.writeCustomerFeatures(List.of(TestShop.features("j0", NOW)));
            writer.writeIngestProgress(List.of(new IngestProgress("validate-0", NOW, 11, NOW)));
        }
        return store;
    }
}
