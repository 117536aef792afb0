package dev.shoplens.dashboard.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.store.read.ShopReader;
import org.junit.jupiter.api.Test;

/** The Overview's products about to run out, from the known forecasts and stock of {@link InventoryShop}. */
class StockAtRiskTest {

    @Test
    void countsAndListsTheProductsAtRiskMostUrgentFirst() {
        DuckDbSettings store = InventoryShop.create();
        try (ShopReader reader = store.openReader()) {
            StockAtRisk atRisk = StockAtRisk.of(reader.inventory().plans(StockAtRisk.FILTER), 5);

            // p1: 10 left at 2 a day from 2026-03-02 last five days, so it is out on 2026-03-07, before a delivery
            // ordered today (7 days) could arrive; p2 has 200 (OK), p3 reports no stock.
            assertThat(atRisk.count()).isEqualTo(1);
            assertThat(atRisk.rows()).containsExactly("p1 (toys): Runs out before delivery, runs out 2026-03-07");
        }
    }

    @Test
    void showsAtMostTheFewAskedFor() {
        DuckDbSettings store = InventoryShop.create();
        try (ShopReader reader = store.openReader()) {
            StockAtRisk atRisk = StockAtRisk.of(reader.inventory().plans(StockAtRisk.FILTER), 0);

            assertThat(atRisk.count()).isEqualTo(1);
            assertThat(atRisk.rows()).isEmpty();
        }
    }
}
