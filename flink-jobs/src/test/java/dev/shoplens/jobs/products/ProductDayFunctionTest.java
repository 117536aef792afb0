package dev.shoplens.jobs.products;

import static dev.shoplens.jobs.ShopEvents.cartAdd;
import static dev.shoplens.jobs.ShopEvents.daysAfterMonday;
import static dev.shoplens.jobs.ShopEvents.line;
import static dev.shoplens.jobs.ShopEvents.purchase;
import static dev.shoplens.jobs.ShopEvents.returned;
import static dev.shoplens.jobs.ShopEvents.stock;
import static dev.shoplens.jobs.ShopEvents.view;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.event.ShopEvent;
import dev.shoplens.features.ProductDay;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.VoidNamespace;
import org.apache.flink.runtime.state.VoidNamespaceSerializer;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProductDayFunctionTest {

    static final Duration LATENESS = Duration.ofMinutes(10);

    KeyedOneInputStreamOperatorTestHarness<String, ProductActivity, ProductDay> harness;

    @BeforeEach
    void setUp() throws Exception {
        harness = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new ProductDayFunction(LATENESS), ProductActivity::productId, Types.STRING);
    }

    @AfterEach
    void tearDown() throws Exception {
        harness.close();
    }

    @Test
    void countsADaysDemandNetOfReturnsAndItsLastStock() throws Exception {
        send(stock("p1", 40, daysAfterMonday(0)));
        send(view("c1", "s1", "p1", "toys", daysAfterMonday(0.1)));
        send(cartAdd("c1", "s1", "p1", daysAfterMonday(0.11)));
        send(purchase("c1", "s1", "o1", daysAfterMonday(0.12), line("p1", 3, 10.0), line("p2", 1, 5.0)));
        send(returned("c1", "o1", daysAfterMonday(0.2), line("p1", 1, 10.0)));
        send(stock("p1", 37, daysAfterMonday(0.5)));

        ProductDay p1 = lastFor("p1");
        assertThat(p1.day()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(p1.category()).isEqualTo("toys");
        assertThat(p1.unitsSold()).isEqualTo(3);
        assertThat(p1.unitsReturned()).isEqualTo(1);
        assertThat(p1.netUnits()).isEqualTo(2);
        assertThat(p1.revenue()).isEqualTo(20.0);
        assertThat(p1.views()).isEqualTo(1);
        assertThat(p1.cartAdds()).isEqualTo(1);
        assertThat(p1.stockOnHand()).isEqualTo(37);
        assertThat(lastFor("p2").unitsSold()).isEqualTo(1);
    }

    @Test
    void aClosedDaysStateIsDropped() throws Exception {
        send(view("c1", "s1", "p1", "toys", daysAfterMonday(0)));
        send(view("c1", "s1", "p1", "toys", daysAfterMonday(1)));
        assertThat(harness.numEventTimeTimers()).as("one timer per open day").isEqualTo(2);

        harness.processWatermark(daysAfterMonday(1).toEpochMilli());
        assertThat(harness.numEventTimeTimers()).isEqualTo(1);
        assertThat(harness.numKeyedStateEntries())
                .as("today's counts, the category and the newest open day")
                .isEqualTo(3);

        harness.processWatermark(daysAfterMonday(2).toEpochMilli());
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void theCategoryStaysWhileALaterDayIsOpenWhicheverDayCameFirst() throws Exception {
        send(view("c1", "s1", "p1", "toys", daysAfterMonday(1)));
        send(view("c1", "s1", "p1", "toys", daysAfterMonday(0.5)));

        harness.processWatermark(daysAfterMonday(1).toEpochMilli());
        assertThat(harness.numKeyedStateEntries())
                .as("day 1's counts, the category and the newest open day")
                .isEqualTo(3);
        send(purchase("c1", "s1", "o1", daysAfterMonday(1.5), line("p1", 1, 10.0)));
        assertThat(lastFor("p1").category()).isEqualTo("toys");

        harness.processWatermark(daysAfterMonday(2).toEpochMilli());
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void aProductKeptByAnEarlierReleaseFindsItsNewestOpenDayFromItsDays() throws Exception {
        send(view("c1", "s1", "p1", "toys", daysAfterMonday(2)));
        // As a release up to 2026-12-07 kept it: open days and the category, no newest day.
        harness.getOperator().getKeyedStateBackend().setCurrentKey("p1");
        harness.getOperator()
                .getKeyedStateBackend()
                .getPartitionedState(
                        VoidNamespace.INSTANCE,
                        VoidNamespaceSerializer.INSTANCE,
                        new ValueStateDescriptor<>("newest-day", Types.LONG))
                .clear();

        send(purchase("c1", "s1", "o1", daysAfterMonday(1.5), line("p1", 1, 10.0)));
        harness.processWatermark(daysAfterMonday(2).plus(LATENESS).toEpochMilli());

        assertThat(harness.numKeyedStateEntries())
                .as("day 2's counts, the category and the newest open day: day 1's close left them")
                .isEqualTo(3);
        send(purchase("c1", "s1", "o2", daysAfterMonday(2.5), line("p1", 1, 10.0)));
        assertThat(lastFor("p1").category()).isEqualTo("toys");
        harness.processWatermark(daysAfterMonday(3).plus(LATENESS).toEpochMilli());
        assertThat(harness.numKeyedStateEntries()).isZero();
    }

    private void send(ShopEvent event) throws Exception {
        for (ProductActivity activity : ProductActivity.of(event)) {
            harness.processElement(activity, event.time().toEpochMilli());
        }
    }

    private ProductDay lastFor(String product) {
        List<ProductDay> rows = harness.extractOutputValues().stream()
                .filter(r -> r.productId().equals(product))
                .toList();
        return rows.get(rows.size() - 1);
    }
}
