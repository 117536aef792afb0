package dev.shoplens.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.shoplens.forecast.DemandPath;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The reorder arithmetic against cases worked out by hand. */
class ReorderPlanTest {

    static final LocalDate TOMORROW = LocalDate.of(2026, 3, 3);

    static DemandPath flat(double mean, double variance) {
        return DemandPath.constant(InventoryPolicy.HORIZON_DAYS, mean, variance);
    }

    @Test
    void poissonLikeDemandOfTwoADay() {
        // Lead time 7 days: mean 14, variance 14, a Gamma(14, 1); its 95% quantile is chi2(0.95; 28) / 2 = 20.67,
        // so the reorder point is 21 and the safety stock 21 - 14 = 7. Lead time plus review, 14 days: Gamma(28, 1),
        // 95% quantile chi2(0.95; 56) / 2 = 74.468 / 2 = 37.23, so order up to 38. With 10 on hand: order 28;
        // 10 units last 5 days, less than the 7-day lead time.
        ReorderPlan plan = ReorderPlan.of(flat(2, 2), TOMORROW, 10, new InventoryPolicy(7, 0.95, 7));

        assertThat(plan.leadTimeDemand()).isEqualTo(14);
        assertThat(plan.reorderPoint()).isEqualTo(21);
        assertThat(plan.safetyStock()).isEqualTo(7);
        assertThat(plan.orderUpTo()).isEqualTo(38);
        assertThat(plan.suggestedOrder()).isEqualTo(28);
        assertThat(plan.coverDays()).isCloseTo(5.0, within(1e-12));
        assertThat(plan.stockOutDate()).isEqualTo(TOMORROW.plusDays(5));
        assertThat(plan.risk()).isEqualTo(StockRisk.STOCK_OUT_BEFORE_DELIVERY);
    }

    @Test
    void knownDemandNeedsNoSafetyStock() {
        // 3 a day exactly: 5 days' lead time need 15, and 5 + 7 days 36. 15 on hand is at the reorder point.
        ReorderPlan plan = ReorderPlan.of(flat(3, 0), TOMORROW, 15, new InventoryPolicy(5, 0.99, 7));

        assertThat(plan.reorderPoint()).isEqualTo(15);
        assertThat(plan.safetyStock()).isZero();
        assertThat(plan.orderUpTo()).isEqualTo(36);
        assertThat(plan.suggestedOrder()).isEqualTo(21);
        assertThat(plan.coverDays()).isCloseTo(5.0, within(1e-12));
        assertThat(plan.risk()).isEqualTo(StockRisk.REORDER_NOW);
    }

    @Test
    void plentyOfStockNeedsNoOrder() {
        ReorderPlan plan = ReorderPlan.of(flat(3, 0), TOMORROW, 200, new InventoryPolicy(5, 0.99, 7));

        assertThat(plan.suggestedOrder()).isZero();
        assertThat(plan.coverDays()).as("200 units outlast 28 days of 3").isNull();
        assertThat(plan.stockOutDate()).isNull();
        assertThat(plan.risk()).isEqualTo(StockRisk.OK);
    }

    @Test
    void aHigherServiceLevelRaisesTheReorderPoint() {
        // Gamma(14, 1): chi2(0.5; 28) / 2 = 13.67 -> 14; chi2(0.99; 28) / 2 = 48.278 / 2 = 24.14 -> 25.
        assertThat(ReorderPlan.of(flat(2, 2), TOMORROW, 50, new InventoryPolicy(7, 0.5, 7))
                        .reorderPoint())
                .isEqualTo(14);
        assertThat(ReorderPlan.of(flat(2, 2), TOMORROW, 50, new InventoryPolicy(7, 0.99, 7))
                        .reorderPoint())
                .isEqualTo(25);
    }

    @Test
    void emptyShelvesAndUnknownStock() {
        assertThat(ReorderPlan.of(flat(2, 2), TOMORROW, 0, InventoryPolicy.DEFAULT)
                        .risk())
                .isEqualTo(StockRisk.OUT_OF_STOCK);
        ReorderPlan unknown = ReorderPlan.of(flat(2, 2), TOMORROW, null, InventoryPolicy.DEFAULT);
        assertThat(unknown.risk()).isEqualTo(StockRisk.NO_STOCK_DATA);
        assertThat(unknown.reorderPoint()).isNull();
        assertThat(unknown.leadTimeDemand()).isEqualTo(14);
    }

    @Test
    void aPolicyMustFitTheForecastHorizon() {
        assertThatThrownBy(() -> new InventoryPolicy(22, 0.95, 7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1..21");
        assertThatThrownBy(() -> new InventoryPolicy(7, 1.0, 7)).isInstanceOf(IllegalArgumentException.class);
        assertThat(InventoryPolicy.maxLeadTimeDays()).isEqualTo(21);
    }
}
