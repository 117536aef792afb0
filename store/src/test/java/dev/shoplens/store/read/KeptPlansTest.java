package dev.shoplens.store.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.forecast.DemandPath;
import dev.shoplens.inventory.InventoryPolicy;
import dev.shoplens.inventory.ReorderPlan;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KeptPlansTest {

    static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 2);
    static final DemandPath TWO_A_DAY = DemandPath.constant(28, 2, 2);

    @Test
    void equalInputsGetTheKeptPlanAndAnyChangeANewOne() {
        KeptPlans kept = new KeptPlans();
        ReorderPlan first = kept.plan("p1", TWO_A_DAY, FIRST_DAY, 10, InventoryPolicy.DEFAULT);

        assertThat(first).isEqualTo(ReorderPlan.of(TWO_A_DAY, FIRST_DAY, 10, InventoryPolicy.DEFAULT));
        assertThat(kept.plan("p1", DemandPath.constant(28, 2, 2), FIRST_DAY, 10, InventoryPolicy.DEFAULT))
                .as("an equal path read again")
                .isSameAs(first);
        assertThat(kept.plan("p1", TWO_A_DAY, FIRST_DAY, 40, InventoryPolicy.DEFAULT))
                .as("new stock")
                .isEqualTo(ReorderPlan.of(TWO_A_DAY, FIRST_DAY, 40, InventoryPolicy.DEFAULT))
                .isNotEqualTo(first);
        InventoryPolicy longer = InventoryPolicy.DEFAULT.with(14, 0.95);
        assertThat(kept.plan("p1", TWO_A_DAY, FIRST_DAY, 40, longer))
                .as("a new setting")
                .isEqualTo(ReorderPlan.of(TWO_A_DAY, FIRST_DAY, 40, longer));
        assertThat(kept.plan("p2", TWO_A_DAY, FIRST_DAY, 40, longer))
                .as("another product, the same inputs")
                .isEqualTo(ReorderPlan.of(TWO_A_DAY, FIRST_DAY, 40, longer));
    }
}
