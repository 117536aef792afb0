package dev.shoplens.jobs.customers;

import static dev.shoplens.jobs.ShopEvents.cartAdd;
import static dev.shoplens.jobs.ShopEvents.daysAfterMonday;
import static dev.shoplens.jobs.ShopEvents.line;
import static dev.shoplens.jobs.ShopEvents.purchase;
import static dev.shoplens.jobs.ShopEvents.returned;
import static dev.shoplens.jobs.ShopEvents.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.shoplens.event.ShopEvent;
import dev.shoplens.features.CustomerFeatures;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CustomerFeatureFunctionTest {

    static final Duration RETENTION = Duration.ofDays(60);

    KeyedOneInputStreamOperatorTestHarness<String, ShopEvent, CustomerFeatures> harness;

    @BeforeEach
    void setUp() throws Exception {
        harness = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new CustomerFeatureFunction(RETENTION), ShopEvent::customerId, Types.STRING);
    }

    @AfterEach
    void tearDown() throws Exception {
        harness.close();
    }

    @Test
    void featuresFollowTheCustomersEvents() throws Exception {
        send(view("c1", "s1", "p1", "toys", daysAfterMonday(0)));
        send(cartAdd("c1", "s1", "p1", daysAfterMonday(0.01)));
        send(purchase("c1", "s1", "o1", daysAfterMonday(0.02), line("p1", 2, 10.0)));
        send(view("c1", "s2", "p2", "garden", daysAfterMonday(20)));
        send(cartAdd("c1", "s2", "p2", daysAfterMonday(20.01)));
        send(purchase("c1", "s3", "o2", daysAfterMonday(40), line("p3", 1, 30.0), line("p4", 1, 20.0)));
        send(returned("c1", "o2", daysAfterMonday(41), line("p4", 1, 20.0)));

        CustomerFeatures f = last();
        assertThat(f.asOf()).isEqualTo(daysAfterMonday(41));
        assertThat(f.totalOrders()).isEqualTo(2);
        assertThat(f.totalRevenue()).isEqualTo(70.0);
        assertThat(f.avgOrderValue()).isEqualTo(35.0);
        assertThat(f.orders7d()).isEqualTo(1);
        assertThat(f.orders30d()).isEqualTo(1);
        assertThat(f.orders90d()).isEqualTo(2);
        assertThat(f.revenue90d()).isEqualTo(70.0);
        assertThat(f.daysSinceLastOrder()).isCloseTo(1.0, within(1e-9));
        assertThat(f.meanDaysBetweenOrders()).isCloseTo(39.98, within(1e-9));
        assertThat(f.tenureDays()).isCloseTo(41.0, within(1e-9));
        assertThat(f.returnRate()).isCloseTo(1 / 4.0, within(1e-9));
        assertThat(f.distinctCategories()).isEqualTo(2);
        assertThat(f.views7d()).isZero();
        assertThat(f.sessions30d()).as("s2 and s3 within 30 days, s1 not").isEqualTo(2);
        assertThat(f.abandonedCarts30d()).as("s2 added to cart and did not buy").isEqualTo(1);
        assertThat(f.cartAbandonmentRate30d()).isEqualTo(1.0);
    }

    @Test
    void aSilentCustomersStateIsDroppedAfterTheRetention() throws Exception {
        send(view("c1", "s1", "p1", "toys", daysAfterMonday(0)));
        send(view("c1", "s1", "p1", "toys", daysAfterMonday(1)));
        send(view("c2", "s9", "p1", "toys", daysAfterMonday(30)));
        assertThat(harness.numKeyedStateEntries()).isEqualTo(4);
        assertThat(harness.numEventTimeTimers())
                .as("one idle timer per customer")
                .isEqualTo(2);

        harness.processWatermark(daysAfterMonday(61).toEpochMilli());
        assertThat(harness.numKeyedStateEntries()).as("c1 forgotten, c2 kept").isEqualTo(2);
        harness.processWatermark(daysAfterMonday(91).toEpochMilli());
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    private void send(ShopEvent event) throws Exception {
        harness.processElement(event, event.time().toEpochMilli());
    }

    private CustomerFeatures last() {
        List<CustomerFeatures> out = harness.extractOutputValues();
        return out.get(out.size() - 1);
    }
}
