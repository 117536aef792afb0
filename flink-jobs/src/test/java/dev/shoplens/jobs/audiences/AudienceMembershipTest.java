package dev.shoplens.jobs.audiences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.shoplens.audiences.Audience;
import dev.shoplens.audiences.AudienceChange;
import dev.shoplens.audiences.AudienceFacts;
import dev.shoplens.audiences.AudienceField;
import dev.shoplens.event.EventType;
import dev.shoplens.event.OrderLine;
import dev.shoplens.event.ShopEvent;
import dev.shoplens.store.erasure.CustomerErasure;
import dev.shoplens.store.erasure.ErasedCustomers;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.heap.HeapKeyedStateBackend;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AudienceMembershipTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    static final Duration RETENTION = Duration.ofDays(30);
    static final Audience AT_RISK = Audience.define("At risk", "churn_risk >= 60%", "manager", T0);

    KeyedBroadcastOperatorTestHarness<String, MembershipInput, Audience, AudienceChange> harness;

    @BeforeEach
    void setUp() throws Exception {
        harness = harness(ErasedCustomers.Source.NONE);
    }

    static KeyedBroadcastOperatorTestHarness<String, MembershipInput, Audience, AudienceChange> harness(
            ErasedCustomers.Source erased) throws Exception {
        KeyedBroadcastOperatorTestHarness<String, MembershipInput, Audience, AudienceChange> h =
                ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(
                        new AudienceMembership(RETENTION, erased),
                        in -> in.customerId,
                        Types.STRING,
                        AudienceMembership.DEFINITIONS);
        h.processBroadcastWatermark(Audiences.DEFINITIONS_WATERMARK); // as the job's definitions run
        return h;
    }

    @AfterEach
    void tearDown() throws Exception {
        harness.close();
    }

    @Test
    void aCustomerEntersAndLeavesAsTheirScoresCrossTheRule() throws Exception {
        harness.processBroadcastElement(AT_RISK, 0);

        score("c1", 0.7, 0);
        score("c1", 0.8, 1);
        score("c1", 0.4, 2);
        score("c1", 0.3, 3);

        assertThat(harness.extractOutputValues())
                .extracting(
                        AudienceChange::audienceId, AudienceChange::seq, AudienceChange::entered, AudienceChange::at)
                .containsExactly(
                        tuple("at-risk", seq(T0, 1), true, T0),
                        tuple("at-risk", seq(T0.plus(Duration.ofDays(2)), 2), false, T0.plus(Duration.ofDays(2))));
        assertThat(harness.extractOutputValues().get(0).churnRisk())
                .as("with the scores that decided it")
                .isEqualTo(0.7);
    }

    @Test
    void aNewOrChangedDefinitionIsAppliedToEveryCustomerAtOnceAndAnEndedOneLetsEveryoneLeave() throws Exception {
        score("c1", 0.7, 0);
        score("c2", 0.2, 0);
        assertThat(harness.extractOutputValues()).as("no audience yet").isEmpty();

        harness.processBroadcastElement(AT_RISK, 0);
        assertThat(changes()).containsExactly(tuple("c1", 1, true));

        harness.processBroadcastElement(AT_RISK, 0);
        Audience wider = AT_RISK.withRule("churn_risk >= 0.1", "manager", T0);
        harness.processBroadcastElement(wider, 0);
        assertThat(changes())
                .as("the same version again changes nothing; the wider rule takes c2 in")
                .containsExactly(tuple("c1", 1, true), tuple("c2", 1, true));

        harness.processBroadcastElement(wider.ended("admin", T0), 0);
        assertThat(changes().subList(2, 4)).containsExactlyInAnyOrder(tuple("c1", 2, false), tuple("c2", 2, false));

        score("c1", 0.9, 1);
        assertThat(changes()).as("nobody enters an ended audience").hasSize(4);
    }

    @Test
    void aRuleThisReleaseCannotReadAdmitsNobody() throws Exception {
        harness.processBroadcastElement(new Audience("later", 1, "Later", "loyalty_tier = gold", "m", T0, true), 0);
        score("c1", 0.9, 0);
        assertThat(harness.extractOutputValues()).isEmpty();
    }

    @Test
    void anErasedCustomersStateGoesWhenADefinitionIsApplied() throws Exception {
        harness.close();
        harness = harness(() -> Set.of(CustomerErasure.hash("c1")));
        score("c1", 0.7, 0);
        score("c2", 0.7, 0);

        harness.processBroadcastElement(AT_RISK, 0);

        assertThat(changes()).containsExactly(tuple("c2", 1, true));
        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void aCustomerNotScoredPastTheRetentionLeavesEveryAudienceAndIsForgotten() throws Exception {
        harness.processBroadcastElement(AT_RISK, 0);
        score("c1", 0.7, 0);
        score("c2", 0.7, 20);
        assertThat(harness.numEventTimeTimers()).isEqualTo(2);

        harness.processWatermark(T0.plus(RETENTION).plus(Duration.ofDays(3)).toEpochMilli());
        assertThat(entries()).as("c1 forgotten, c2 kept").isEqualTo(1);
        AudienceChange left = harness.extractOutputValues().get(2);
        assertThat(left.customerId()).isEqualTo("c1");
        assertThat(left.entered()).isFalse();
        assertThat(left.at()).as("as of the clean-up").isAfter(T0.plus(RETENTION));
        assertThat(left.seq())
                .isGreaterThan(harness.extractOutputValues().get(0).seq());

        harness.processWatermark(Long.MAX_VALUE);
        assertThat(entries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
        assertThat(changes())
                .as("at the end of the input c2 is not silent: still a member")
                .containsExactly(tuple("c1", 1, true), tuple("c2", 1, true), tuple("c1", 2, false));
    }

    @Test
    void aPurchaseFromACategoryMovesTheCustomerAtOnceEvenBeforeTheirNextScore() throws Exception {
        Audience neverToys = Audience.define("Never toys", "bought_category != toys", "manager", T0);
        Audience toyBuyers = Audience.define("Toy buyers", "bought_category = Toys and churn_risk >= 0", "m", T0);
        harness.processBroadcastElement(neverToys, 0);
        harness.processBroadcastElement(toyBuyers, 0);
        buy("c2", 1, "Toys");
        assertThat(changes()).as("not scored yet: nobody is decided").isEmpty();

        score("c1", 0.5, 0);
        buy("c1", 2, "Garden");
        assertThat(changes()).as("a new category, but not toys").containsExactly(tuple("c1", 1, true));
        buy("c1", 3, "TOYS", "Garden");
        score("c1", 0.5, 1);
        score("c2", 0.5, 1);

        assertThat(harness.extractOutputValues())
                .extracting(
                        AudienceChange::audienceId,
                        AudienceChange::customerId,
                        AudienceChange::entered,
                        AudienceChange::at)
                .containsExactly(
                        tuple("never-toys", "c1", true, T0),
                        tuple("never-toys", "c1", false, T0.plusSeconds(3 * 3600)),
                        tuple("toy-buyers", "c1", true, T0.plusSeconds(3 * 3600)),
                        tuple("toy-buyers", "c2", true, T0.plus(Duration.ofDays(1))));
        assertThat(harness.extractOutputValues())
                .extracting(AudienceChange::seq)
                .as("each customer's changes in order")
                .isSorted();
    }

    /** A change's seq: its event time, then the customer's count of changes. */
    static long seq(Instant at, int count) {
        return at.toEpochMilli() * 1024 + count;
    }

    /** Each change as (customer, the customer's count of changes, entered). */
    private java.util.List<org.assertj.core.groups.Tuple> changes() {
        return harness.extractOutputValues().stream()
                .map(c -> tuple(c.customerId(), (int) (c.seq() % 1024), c.entered()))
                .toList();
    }

    private int entries() {
        return ((HeapKeyedStateBackend<?>) harness.getOperator().getKeyedStateBackend()).numKeyValueStateEntries();
    }

    /** A score of {@code customer} on day {@code day} with churn risk {@code churn}. */
    private void score(String customer, double churn, int day) throws Exception {
        AudienceFacts f = new AudienceFacts();
        f.customerId = customer;
        f.numbers = new double[AudienceField.values().length];
        Arrays.fill(f.numbers, Double.NaN);
        f.numbers[AudienceField.CHURN_RISK.ordinal()] = churn;
        f.segment = "loyal";
        f.asOf = T0.plus(Duration.ofDays(day)).toEpochMilli();
        harness.processElement(MembershipInput.of(f), f.asOf);
    }

    /** A purchase of {@code customer} at {@code hours} after T0 with lines in {@code categories}. */
    private void buy(String customer, int hours, String... categories) throws Exception {
        ShopEvent.Builder purchase = ShopEvent.builder(
                        "e-" + customer + hours, EventType.PURCHASE, T0.plusSeconds(3600L * hours))
                .customer(customer);
        java.util.List<OrderLine> lines = new java.util.ArrayList<>();
        for (String category : categories) {
            lines.add(new OrderLine("p-" + category, 1, 5.0, category));
        }
        purchase.order("o-" + customer + hours, lines);
        ShopEvent event = purchase.build();
        assertThat(MembershipInput.namesCategories(event)).isEqualTo(categories.length > 0);
        harness.processElement(MembershipInput.boughtIn(event), event.time().toEpochMilli());
    }
}
