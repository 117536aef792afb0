package dev.shoplens.jobs.models;

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
import dev.shoplens.models.labels.Horizons;
import dev.shoplens.models.labels.LabelledExample;
import dev.shoplens.models.labels.ModelKind;
import dev.shoplens.models.metrics.PromotionRule;
import dev.shoplens.models.registry.Schedule;
import dev.shoplens.models.train.TrainingSettings;
import dev.shoplens.store.erasure.CustomerErasure;
import dev.shoplens.store.erasure.ErasedCustomers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CustomerSnapshotsTest {

    /** Midnight (UTC) of day {@code n}; day 0 is Monday 2026-03-02. */
    static Instant midnight(int n) {
        return Instant.parse("2026-03-02T00:00:00Z").plus(Duration.ofDays(n));
    }

    /** Every midnight is an example day, so which snapshot feeds which label is plain to see. */
    static final ModelSettings SETTINGS = new ModelSettings(
            Horizons.defaults(),
            Duration.ofDays(1),
            Schedule.defaults(),
            Duration.ofDays(7),
            TrainingSettings.defaults(),
            PromotionRule.defaults(),
            0.02,
            Duration.ofDays(100),
            null);

    KeyedOneInputStreamOperatorTestHarness<String, ShopEvent, ScoringInput> harness;

    @BeforeEach
    void setUp() throws Exception {
        harness = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new CustomerSnapshots(SETTINGS, ErasedCustomers.Source.NONE), ShopEvent::customerId, Types.STRING);
    }

    @AfterEach
    void tearDown() throws Exception {
        harness.close();
    }

    @Test
    void theFeaturesAfterEachEventFollowTheCustomersEvents() throws Exception {
        send(view("c1", "s1", "p1", "toys", daysAfterMonday(0)));
        send(cartAdd("c1", "s1", "p1", daysAfterMonday(0.01)));
        send(purchase("c1", "s1", "o1", daysAfterMonday(0.02), line("p1", 2, 10.0)));
        send(view("c1", "s2", "p2", "garden", daysAfterMonday(20)));
        send(cartAdd("c1", "s2", "p2", daysAfterMonday(20.01)));
        send(purchase("c1", "s3", "o2", daysAfterMonday(40), line("p3", 1, 30.0), line("p4", 1, 20.0)));
        send(returned("c1", "o2", daysAfterMonday(41), line("p4", 1, 20.0)));
        harness.processWatermark(daysAfterMonday(41).toEpochMilli());

        List<CustomerFeatures> afterEvents = harness.extractOutputValues().stream()
                .filter(ScoringInput::afterEvent)
                .map(ScoringInput::features)
                .toList();
        assertThat(afterEvents).as("one row per event").hasSize(7);
        CustomerFeatures f = afterEvents.get(afterEvents.size() - 1);
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
    void anErasedCustomersTimelineGoesAtItsNextTickWithEverythingThatWaited() throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, ShopEvent, ScoringInput> erasing =
                ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                        new CustomerSnapshots(SETTINGS, () -> Set.of(CustomerErasure.hash("c1"))),
                        ShopEvent::customerId,
                        Types.STRING)) {
            for (String customer : List.of("c1", "c2")) {
                ShopEvent event = purchase(
                        customer, "s1", "o-" + customer, midnight(0).plus(Duration.ofHours(10)), line("p1", 1, 40.0));
                erasing.processElement(event, event.time().toEpochMilli());
            }
            // c1's next purchase waits for its midnight; then the watermark passes it.
            ShopEvent later = purchase("c1", "s2", "o3", midnight(3).plus(Duration.ofHours(1)), line("p1", 1, 5.0));
            erasing.processElement(later, later.time().toEpochMilli());
            int beforeTicks = erasing.extractOutputValues().size();

            erasing.processWatermark(midnight(5).toEpochMilli());

            assertThat(erasing.extractOutputValues().stream().skip(beforeTicks))
                    .extracting(input -> input.features().customerId())
                    .isNotEmpty()
                    .containsOnly("c2");
            assertThat(erasing.getSideOutput(CustomerSnapshots.TRAINING))
                    .noneMatch(t -> t.toString().contains("c1"));
            erasing.processWatermark(midnight(6).toEpochMilli());
            assertThat(erasing.numKeyedStateEntries())
                    .as("only c2's timeline, tick and snapshots waiting for labels")
                    .isEqualTo(3);
        }
    }

    @Test
    void aSnapshotNeverSeesEventsAfterItsMidnightEvenWhenTheyArriveFirst() throws Exception {
        send(view("c1", "s1", "p1", "toys", midnight(0).plus(Duration.ofHours(10))));
        // The purchase on day 3 arrives while the watermark is still on day 0: the ticks of days 1-3 must run first.
        send(purchase("c1", "s2", "o1", midnight(3).plus(Duration.ofHours(12)), line("p1", 1, 40.0)));

        harness.processWatermark(midnight(8).toEpochMilli());
        LabelledExample fromDay1 = example(ModelKind.PURCHASE, midnight(1));
        assertThat(fromDay1.features().totalOrders())
                .as("no leakage of the later purchase")
                .isZero();
        assertThat(fromDay1.features().asOf()).isEqualTo(midnight(1));
        assertThat(fromDay1.features().daysSinceLastOrder()).isNull();
        assertThat(fromDay1.maturedAt()).isEqualTo(midnight(8));
        assertThat(fromDay1.outcome().orders()).isEqualTo(1);
        assertThat(fromDay1.positive()).isTrue();
        assertThat(examples(ModelKind.PURCHASE))
                .as("snapshots of days 1-8 whose 7 days have passed by day 8: day 1 only")
                .hasSize(1);

        harness.processWatermark(midnight(40).toEpochMilli());
        LabelledExample churnFromDay4 = example(ModelKind.CHURN, midnight(4));
        assertThat(churnFromDay4.features().totalOrders()).isEqualTo(1);
        assertThat(churnFromDay4.outcome().orders()).isZero();
        assertThat(churnFromDay4.positive())
                .as("no order in the 30 days after day 4")
                .isTrue();
        assertThat(example(ModelKind.CHURN, midnight(3)).positive())
                .as("the purchase at noon on day 3 counts after the day-3 snapshot")
                .isFalse();
    }

    @Test
    void anOrderAtAMidnightIsInThatMidnightsLabelNotItsFeaturesAndNotInTheLabelEndingThere() throws Exception {
        send(view("c1", "s1", "p1", "toys", midnight(0).plus(Duration.ofHours(10))));
        // Arrives while the watermark is on day 0: it waits for the midnight it falls on, as every later event does.
        send(purchase("c1", "s2", "o1", midnight(8), line("p1", 1, 40.0)));

        harness.processWatermark(midnight(16).toEpochMilli());
        LabelledExample atTheOrder = example(ModelKind.PURCHASE, midnight(8));
        assertThat(atTheOrder.features().totalOrders())
                .as("features hold what came before")
                .isZero();
        assertThat(atTheOrder.positive())
                .as("[midnight 8, midnight 15) holds the order")
                .isTrue();
        assertThat(atTheOrder.outcome().daysToFirstOrder()).isZero();
        assertThat(atTheOrder.outcome().orders()).isEqualTo(1);
        LabelledExample endingThere = example(ModelKind.PURCHASE, midnight(1));
        assertThat(endingThere.positive())
                .as("[midnight 1, midnight 8) ends before the order")
                .isFalse();
        assertThat(endingThere.outcome().orders()).isZero();
        assertThat(example(ModelKind.PURCHASE, midnight(9)).features().totalOrders())
                .isEqualTo(1);
    }

    @Test
    void theSnapshotsWaitingForLabelsAreKeptApartFromTheTimeline() throws Exception {
        send(purchase("c1", "s1", "o1", midnight(0).plus(Duration.ofHours(9)), line("p1", 1, 40.0)));
        harness.processWatermark(midnight(3).toEpochMilli());
        send(view("c1", "s2", "p1", "toys", midnight(3).plus(Duration.ofHours(2))));

        harness.getOperator().getKeyedStateBackend().setCurrentKey("c1");
        assertThat(timelineState().pending).as("not in the timeline's state").isEmpty();
        assertThat(pendingState())
                .extracting(p -> p.at)
                .containsExactly(
                        midnight(1).toEpochMilli(),
                        midnight(2).toEpochMilli(),
                        midnight(3).toEpochMilli());
        assertThat(CustomerSnapshots.touchesPending(
                        timelineState(),
                        view("c1", "s2", "p1", "toys", midnight(3).plus(Duration.ofHours(3)))))
                .as("a view before the next midnight leaves them alone")
                .isFalse();
        assertThat(CustomerSnapshots.touchesPending(
                        timelineState(),
                        purchase("c1", "s2", "o2", midnight(3).plus(Duration.ofHours(3)), line("p1", 1, 1.0))))
                .isTrue();

        send(purchase("c1", "s2", "o2", midnight(3).plus(Duration.ofHours(3)), line("p1", 1, 1.0)));
        harness.processWatermark(midnight(9).toEpochMilli());
        assertThat(example(ModelKind.PURCHASE, midnight(1)).outcome().daysToFirstOrder())
                .as("the purchase reached the snapshots in their own state")
                .isCloseTo(2.125, within(1e-9));
    }

    private CustomerTimeline timelineState() throws Exception {
        return stateOf("timeline", CustomerTimeline.class);
    }

    @SuppressWarnings("unchecked")
    private List<PendingSnapshot> pendingState() throws Exception {
        return (List<PendingSnapshot>) (List<?>) stateOf("pending-snapshots", List.class);
    }

    private <T> T stateOf(String name, Class<T> type) throws Exception {
        return harness.getOperator()
                .getKeyedStateBackend()
                .getPartitionedState(
                        org.apache.flink.runtime.state.VoidNamespace.INSTANCE,
                        org.apache.flink.runtime.state.VoidNamespaceSerializer.INSTANCE,
                        new org.apache.flink.api.common.state.ValueStateDescriptor<>(name, type))
                .value();
    }

    @Test
    void anEventThatOvertakesAnEarlierOneAcrossMidnightWaitsForIt() throws Exception {
        send(purchase("c1", "s1", "o1", midnight(0).plus(Duration.ofHours(9)), line("p1", 1, 40.0)));
        harness.processWatermark(midnight(1).minus(Duration.ofMinutes(10)).toEpochMilli());
        // Through two upstream subtasks, the order at 00:01 comes before the one at 23:59.
        send(purchase("c1", "s2", "o2", midnight(1).plus(Duration.ofMinutes(1)), line("p1", 1, 40.0)));
        assertThat(harness.numKeyedStateEntries())
                .as("timeline, timer and the waiting order")
                .isEqualTo(3);
        send(purchase("c1", "s2", "o3", midnight(1).minus(Duration.ofMinutes(1)), line("p1", 1, 40.0)));

        harness.processWatermark(midnight(8).toEpochMilli());
        ScoringInput day1 = harness.extractOutputValues().stream()
                .filter(s -> s.daily() && s.features().asOf().equals(midnight(1)))
                .findFirst()
                .orElseThrow();
        assertThat(day1.features().totalOrders())
                .as("the midnight's snapshot holds the 23:59 order and not the 00:01 one")
                .isEqualTo(2);
        assertThat(example(ModelKind.PURCHASE, midnight(1)).outcome().orders())
                .as("the label counts only the order after the snapshot")
                .isEqualTo(1);
        assertThat(harness.numKeyedStateEntries())
                .as("nothing waits once the watermark has passed: timeline, timer, snapshots waiting for labels")
                .isEqualTo(3);
    }

    @Test
    void aNewCustomersLaterEventArrivingFirstDoesNotSkipTheirFirstMidnight() throws Exception {
        harness.processWatermark(midnight(1).minus(Duration.ofMinutes(10)).toEpochMilli());
        send(view("c1", "s2", "p1", "toys", midnight(1).plus(Duration.ofMinutes(1))));
        send(view("c1", "s1", "p1", "toys", midnight(1).minus(Duration.ofMinutes(1))));

        harness.processWatermark(midnight(3).toEpochMilli());
        List<ScoringInput> daily = harness.extractOutputValues().stream()
                .filter(ScoringInput::daily)
                .toList();
        assertThat(daily).extracting(s -> s.features().asOf()).containsExactly(midnight(1), midnight(2), midnight(3));
        assertThat(daily.get(0).features().views7d())
                .as("the first midnight holds the 23:59 view only")
                .isEqualTo(1);
        assertThat(harness.numKeyedStateEntries())
                .as("timeline, timer, snapshots waiting for labels")
                .isEqualTo(3);
    }

    @Test
    void midnightsAgeTheFeaturesOfASilentCustomer() throws Exception {
        send(purchase("c1", "s1", "o1", midnight(0).plus(Duration.ofHours(9)), line("p1", 1, 40.0)));
        harness.processWatermark(midnight(5).toEpochMilli());
        List<ScoringInput> daily = harness.extractOutputValues().stream()
                .filter(ScoringInput::daily)
                .toList();
        assertThat(daily).hasSize(5);
        assertThat(daily.get(4).features().asOf()).isEqualTo(midnight(5));
        assertThat(daily.get(4).features().daysSinceLastOrder()).isEqualTo(4.625);
        assertThat(daily.get(4).features().orders7d()).isEqualTo(1);
    }

    @Test
    void aForgottenCustomerLeavesNoStateAndNoTimer() throws Exception {
        send(view("c1", "s1", "p1", "toys", midnight(0).plus(Duration.ofHours(10))));
        send(view("c2", "s2", "p1", "toys", midnight(50).plus(Duration.ofHours(10))));
        assertThat(harness.numKeyedStateEntries()).isEqualTo(4);
        assertThat(harness.numEventTimeTimers())
                .as("one midnight timer per customer")
                .isEqualTo(2);

        harness.processWatermark(midnight(102).toEpochMilli());
        assertThat(harness.numKeyedStateEntries())
                .as("c1 forgotten, c2 not yet (timeline, timer, snapshots waiting for labels)")
                .isEqualTo(3);
        assertThat(harness.numEventTimeTimers()).isEqualTo(1);

        harness.processWatermark(midnight(200).toEpochMilli());
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
        assertThat(examples(ModelKind.VALUE))
                .as("pending labels matured or dropped")
                .isNotEmpty();
    }

    @Test
    void aBoundedReplayRunsNoDayAfterItsDataEnds() throws Exception {
        harness.close();
        harness = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new CustomerSnapshots(SETTINGS.withDataEnd(midnight(10)), ErasedCustomers.Source.NONE),
                ShopEvent::customerId,
                Types.STRING);
        send(purchase("c1", "s1", "o1", midnight(0).plus(Duration.ofHours(9)), line("p1", 1, 40.0)));

        // The end of a bounded input: Flink's final watermark.
        harness.processWatermark(Long.MAX_VALUE);

        List<ScoringInput> daily = harness.extractOutputValues().stream()
                .filter(ScoringInput::daily)
                .toList();
        assertThat(daily).as("midnights 1..10, none after the data ends").hasSize(10);
        assertThat(daily.get(9).features().asOf()).isEqualTo(midnight(10));
        assertThat(examples(ModelKind.PURCHASE))
                .as("only labels whose 7 days lie inside the data: snapshots of days 1..3")
                .hasSize(3)
                .allSatisfy(e -> assertThat(e.maturedAt()).isBeforeOrEqualTo(midnight(10)));
        assertThat(examples(ModelKind.CHURN))
                .as("no 30-day label fits in 10 days")
                .isEmpty();
        assertThat(harness.numEventTimeTimers())
                .as("no timer after the data end")
                .isZero();
    }

    private void send(ShopEvent event) throws Exception {
        harness.processElement(event, event.time().toEpochMilli());
    }

    @Test
    void midnightsThatLeaveTheWaitingSnapshotsUnreadLabelAsATimelineThatAlwaysHoldsThem() throws Exception {
        // Weekly snapshots and horizons of 7, 30 and 90 days (the defaults): most midnights neither snapshot nor
        // mature a label. The customer is forgotten 400 days after their last event.
        ModelSettings weekly = ModelSettings.defaults();
        List<ShopEvent> events = new java.util.ArrayList<>();
        int order = 0;
        for (int day : new int[] {0, 3, 5, 17, 40, 41, 50, 75, 110, 118}) {
            Instant at = midnight(day).plus(Duration.ofHours(10));
            events.add(
                    day % 5 == 0
                            ? view("c7", "s" + day, "p1", "toys", at)
                            : purchase("c7", "s" + day, "o" + order++, at, line("p1", 1 + day % 3, 12.5)));
        }
        List<String> viaFlink = new java.util.ArrayList<>();
        try (KeyedOneInputStreamOperatorTestHarness<String, ShopEvent, ScoringInput> flink =
                ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                        new CustomerSnapshots(weekly, ErasedCustomers.Source.NONE),
                        ShopEvent::customerId,
                        Types.STRING)) {
            for (ShopEvent e : events) {
                flink.processWatermark(
                        Math.floorDiv(e.time().toEpochMilli(), CustomerTimeline.DAY) * CustomerTimeline.DAY);
                flink.processElement(e, e.time().toEpochMilli());
            }
            flink.processWatermark(midnight(600).toEpochMilli());
            flink.getSideOutput(CustomerSnapshots.TRAINING).stream()
                    .map(StreamRecord::getValue)
                    .map(TrainingInput::example)
                    .filter(Objects::nonNull)
                    .forEach(x -> viaFlink.add(describe(x)));
            assertThat(flink.numKeyedStateEntries()).isZero();
        }
        List<String> direct = new java.util.ArrayList<>();
        CustomerTimeline timeline = new CustomerTimeline();
        CustomerTimeline.Output collect = new CustomerTimeline.Output() {
            @Override
            public void score(CustomerFeatures features, boolean daily) {}

            @Override
            public void example(LabelledExample example) {
                direct.add(describe(example));
            }

            @Override
            public void segmentSnapshot(CustomerFeatures features) {}
        };
        for (ShopEvent e : events) {
            timeline.apply("c7", e, weekly, collect);
        }
        timeline.runTicksUpTo("c7", midnight(600).toEpochMilli(), weekly, collect);

        assertThat(direct).hasSizeGreaterThan(30);
        assertThat(viaFlink).containsExactlyElementsOf(direct);
    }

    private static String describe(LabelledExample e) {
        return e.kind() + " " + e.features().asOf() + " " + e.maturedAt() + " " + e.outcome();
    }

    private List<LabelledExample> examples(ModelKind kind) {
        return harness.getSideOutput(CustomerSnapshots.TRAINING).stream()
                .map(StreamRecord::getValue)
                .map(TrainingInput::example)
                .filter(Objects::nonNull)
                .filter(e -> e.kind() == kind)
                .toList();
    }

    private LabelledExample example(ModelKind kind, Instant snapshot) {
        return examples(kind).stream()
                .filter(e -> e.features().asOf().equals(snapshot))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " example of " + snapshot));
    }
}
