package dev.shoplens.jobs.customers;

import static dev.shoplens.jobs.ShopEvents.cartAdd;
import static dev.shoplens.jobs.ShopEvents.daysAfterMonday;
import static dev.shoplens.jobs.ShopEvents.line;
import static dev.shoplens.jobs.ShopEvents.purchase;
import static dev.shoplens.jobs.ShopEvents.returned;
import static dev.shoplens.jobs.ShopEvents.stock;
import static dev.shoplens.jobs.ShopEvents.view;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.event.ShopEvent;
import dev.shoplens.features.CustomerDay;
import dev.shoplens.store.erasure.CustomerErasure;
import dev.shoplens.store.erasure.ErasedCustomers;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CustomerDayFunctionTest {

    static final Duration LATENESS = Duration.ofMinutes(10);
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    /** The end of Monday (UTC): the events start Monday 09:00. */
    static final Instant MIDNIGHT = Instant.parse("2026-03-03T00:00:00Z");

    KeyedOneInputStreamOperatorTestHarness<String, CustomerActivity, CustomerDay> harness;

    @BeforeEach
    void setUp() throws Exception {
        harness = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new CustomerDayFunction(LATENESS, ErasedCustomers.Source.NONE),
                CustomerActivity::customerId,
                Types.STRING);
    }

    @AfterEach
    void tearDown() throws Exception {
        harness.close();
    }

    @Test
    void writesEachCustomersDayOnceWhenItCanNoLongerChange() throws Exception {
        send(view("c1", "s1", "p1", "toys", daysAfterMonday(0)));
        send(view("c1", "s1", "p2", "toys", daysAfterMonday(0.01)));
        send(cartAdd("c1", "s1", "p1", daysAfterMonday(0.02)));
        send(purchase("c1", "s1", "o1", daysAfterMonday(0.03), line("p1", 3, 10.0), line("p2", 1, 5.0)));
        send(returned("c1", "o1", daysAfterMonday(0.2), line("p1", 1, 10.0)));
        send(view("c2", "s2", "p1", "toys", daysAfterMonday(0.1)));

        harness.processWatermark(MIDNIGHT.toEpochMilli());
        assertThat(harness.extractOutputValues())
                .as("the lateness has not passed")
                .isEmpty();
        // A late view of Monday, still within the allowed lateness, counts.
        send(view("c2", "s2", "p3", "toys", MIDNIGHT.minusSeconds(30)));
        harness.processWatermark(MIDNIGHT.plus(LATENESS).toEpochMilli());

        assertThat(harness.extractOutputValues())
                .containsExactlyInAnyOrder(
                        new CustomerDay("c1", MONDAY, 2, 1, 1, 35.0, 1, daysAfterMonday(0.2)),
                        new CustomerDay("c2", MONDAY, 2, 0, 0, 0.0, 0, MIDNIGHT.minusSeconds(30)));
    }

    @Test
    void anErasedCustomersOpenDaysGoWithTheirTimersAtTheFirstOneAndNoDayIsWritten() throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, CustomerActivity, CustomerDay> erasing =
                ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                        new CustomerDayFunction(LATENESS, () -> Set.of(CustomerErasure.hash("c1"))),
                        CustomerActivity::customerId,
                        Types.STRING)) {
            for (double day : new double[] {0, 1, 2}) {
                erasing.processElement(CustomerActivity.of(view("c1", "s1", "p1", "toys", daysAfterMonday(day))), 0);
            }
            erasing.processElement(CustomerActivity.of(view("c2", "s2", "p1", "toys", daysAfterMonday(0))), 0);
            assertThat(erasing.numEventTimeTimers()).isEqualTo(4);

            erasing.processWatermark(daysAfterMonday(1).toEpochMilli());

            assertThat(erasing.extractOutputValues())
                    .extracting(CustomerDay::customerId)
                    .containsExactly("c2");
            assertThat(erasing.numEventTimeTimers())
                    .as("c1's other days' timers")
                    .isZero();
            assertThat(erasing.numKeyedStateEntries()).isZero();
        }
    }

    @Test
    void daysAreCountedApartAndAWrittenDaysStateAndTimerAreGone() throws Exception {
        send(view("c1", "s1", "p1", "toys", daysAfterMonday(0)));
        send(view("c1", "s1", "p1", "toys", daysAfterMonday(1)));
        send(view("c1", "s1", "p1", "toys", daysAfterMonday(1.1)));
        assertThat(harness.numEventTimeTimers()).as("one timer per open day").isEqualTo(2);

        harness.processWatermark(daysAfterMonday(1).toEpochMilli());
        assertThat(harness.extractOutputValues()).extracting(CustomerDay::views).containsExactly(1);
        assertThat(harness.numEventTimeTimers()).isEqualTo(1);
        assertThat(harness.numKeyedStateEntries()).as("Tuesday's counts").isEqualTo(1);

        harness.processWatermark(daysAfterMonday(2).toEpochMilli());
        assertThat(harness.extractOutputValues()).extracting(CustomerDay::views).containsExactly(1, 2);
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void aDayAlreadyWrittenIsNotOverwrittenByAStragglerAlone() throws Exception {
        send(view("c1", "s1", "p1", "toys", daysAfterMonday(0)));
        harness.processWatermark(MIDNIGHT.plus(LATENESS).toEpochMilli());

        send(view("c1", "s1", "p1", "toys", MIDNIGHT.minusMillis(1)));
        harness.processWatermark(daysAfterMonday(3).toEpochMilli());

        assertThat(harness.extractOutputValues()).extracting(CustomerDay::views).containsExactly(1);
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void onlyAKnownCustomersViewsCartAddsPurchasesAndReturnsCount() {
        assertThat(CustomerActivity.counts(view("c1", "s1", "p1", "toys", daysAfterMonday(0))))
                .isTrue();
        assertThat(CustomerActivity.counts(view(null, "s1", "p1", "toys", daysAfterMonday(0))))
                .isFalse();
        assertThat(CustomerActivity.counts(stock("p1", 4, daysAfterMonday(0)))).isFalse();
    }

    private void send(ShopEvent event) throws Exception {
        harness.processElement(CustomerActivity.of(event), event.time().toEpochMilli());
    }
}
