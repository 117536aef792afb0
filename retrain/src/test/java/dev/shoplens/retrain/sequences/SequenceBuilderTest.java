package dev.shoplens.retrain.sequences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.shoplens.models.labels.Horizons;
import dev.shoplens.models.labels.ModelKind;
import dev.shoplens.orders.OrderRow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SequenceBuilderTest {

    static final Instant DAY0 = Instant.parse("2026-01-01T00:00:00Z");
    static final SequenceSettings SETTINGS = new SequenceSettings(60, 7, 4, Horizons.defaults());
    final SequenceBuilder builder = new SequenceBuilder(SETTINGS);

    static Instant day(double d) {
        return DAY0.plus(Duration.ofMinutes(Math.round(d * 24 * 60)));
    }

    static OrderRow purchase(String id, double day, double amount) {
        return new OrderRow(id, id, "c1", day(day), "purchase", 1, amount);
    }

    static OrderRow returned(String id, double day, double amount) {
        return new OrderRow(id, id, "c1", day(day), "return", 1, amount);
    }

    /** First seen on day 0; bought on days 10 and 40, returned on day 45, bought again on day 55. */
    static StoredCustomer customer() {
        return new StoredCustomer(
                "c1",
                day(0.5),
                List.of(
                        purchase("o4", 55.25, 80),
                        purchase("o1", 10.5, 50),
                        purchase("o2", 40.75, 30),
                        returned("r1", 45.5, 10)));
    }

    @Test
    void aSequenceHoldsEachDayBeforeTheCutOffTheNewestLast() {
        SequenceExample e = builder.example(customer(), day(50), day(100));

        float[][] v = e.values();
        // The window runs from day -10 (index 0) to day 49 (index 59).
        assertThat(v[Channel.ORDERS.ordinal()][20]).isEqualTo((float) Math.log1p(1));
        assertThat(v[Channel.REVENUE.ordinal()][20]).isEqualTo(Channel.REVENUE.scale(50));
        assertThat(v[Channel.ORDERS.ordinal()][50]).isEqualTo((float) Math.log1p(1));
        assertThat(v[Channel.RETURNS.ordinal()][55]).isEqualTo((float) Math.log1p(1));
        assertThat(v[Channel.REFUNDS.ordinal()][55]).isEqualTo(Channel.REFUNDS.scale(10));
        // At the end of day 49 the last order (day 40.75) was 9.25 days before; the customer is 49.5 days old.
        assertThat((double) v[Channel.DAYS_SINCE_LAST_ORDER.ordinal()][59]).isCloseTo(9.25 / 60, within(1e-5));
        assertThat((double) v[Channel.TENURE.ordinal()][59]).isCloseTo(49.5 / 365, within(1e-5));
        // Before the first visit nothing is known: the clocks are zero.
        assertThat(v[Channel.TENURE.ordinal()][9]).isZero();
        // Before the first order, days since the last order count from the first visit.
        assertThat((double) v[Channel.DAYS_SINCE_LAST_ORDER.ordinal()][19]).isCloseTo(9.5 / 60, within(1e-5));
    }

    @Test
    void eachDaysViewsAndCartAddsGoInTheirDaysPlaceAndNothingFromTheCutOffOn() {
        LocalDate day0 = LocalDate.of(2026, 1, 1);
        StoredCustomer browsing = new StoredCustomer(
                "c1",
                day(0.5),
                List.of(),
                List.of(
                        new DailyActivity(day0.minusDays(20), 9, 9), // before the window
                        new DailyActivity(day0.plusDays(3), 4, 0),
                        new DailyActivity(day0.plusDays(49), 2, 1),
                        new DailyActivity(day0.plusDays(50), 7, 7))); // the cut-off's own day

        float[][] v = builder.example(browsing, day(50), day(100)).values();

        // The window runs from day -10 (index 0) to day 49 (index 59).
        assertThat(v[Channel.VIEWS.ordinal()][13]).isEqualTo(Channel.VIEWS.scale(4));
        assertThat(v[Channel.VIEWS.ordinal()][59]).isEqualTo(Channel.VIEWS.scale(2));
        assertThat(v[Channel.CART_ADDS.ordinal()][59]).isEqualTo(Channel.CART_ADDS.scale(1));
        double views = 0;
        double carts = 0;
        for (int d = 0; d < 60; d++) {
            views += Channel.VIEWS.unscale(v[Channel.VIEWS.ordinal()][d]);
            carts += Channel.CART_ADDS.unscale(v[Channel.CART_ADDS.ordinal()][d]);
        }
        assertThat(views).isCloseTo(6, within(1e-4));
        assertThat(carts).isCloseTo(1, within(1e-4));
    }

    @Test
    void nothingAfterTheCutOffLeaksIntoTheSequence() {
        SequenceExample withLater = builder.example(customer(), day(50), day(100));
        StoredCustomer withoutLater = new StoredCustomer(
                "c1",
                day(0.5),
                customer().orders().stream()
                        .filter(o -> o.time().isBefore(day(50)))
                        .toList());

        assertThat(withLater.values())
                .isDeepEqualTo(builder.example(withoutLater, day(50), day(100)).values());
    }

    @Test
    void labelsSayWhatHappenedWithinEachHorizonAfterTheCutOff() {
        SequenceExample boughtOnDay55 = builder.example(customer(), day(50), day(100));
        assertThat(boughtOnDay55.purchase()).isTrue();
        assertThat(boughtOnDay55.churn()).isFalse();

        SequenceExample quietWeek = builder.example(customer(), day(41), day(100));
        assertThat(quietWeek.purchase()).isFalse();
        assertThat(quietWeek.churn()).isFalse();

        SequenceExample afterTheLastOrder = builder.example(customer(), day(56), day(100));
        assertThat(afterTheLastOrder.purchase()).isFalse();
        assertThat(afterTheLastOrder.churn()).isTrue();
    }

    @Test
    void anOrderAtTheCutOffIsInItsLabelAndOneAtTheHorizonsEndIsNot() {
        // The streaming models' labels count the same way (LabelWindow): [cut-off, cut-off + 7 days).
        StoredCustomer boughtOnDay20 = new StoredCustomer("c1", day(0.5), List.of(purchase("o1", 20, 50)));

        assertThat(builder.example(boughtOnDay20, day(20), day(100)).purchase()).isTrue();
        assertThat(builder.example(boughtOnDay20, day(13), day(100)).purchase()).isFalse();
        assertThat(builder.example(boughtOnDay20, day(14), day(100)).purchase()).isTrue();
    }

    @Test
    void labelsWhoseHorizonHasNotPassedAreNotGuessed() {
        SequenceExample e = builder.example(customer(), day(50), day(56));

        assertThat(e.purchase()).isNull();
        assertThat(e.churn()).isNull();
        assertThat(builder.example(customer(), day(50), day(57)).purchase()).isTrue();
    }

    @Test
    void trainingLabelsEndBeforeTheEvaluationLabelsBegin() {
        for (ModelKind kind : List.of(ModelKind.PURCHASE, ModelKind.CHURN)) {
            Duration horizon = SETTINGS.horizons().of(kind);
            CutOffs cutOffs = CutOffs.of(kind, day(200.4), SETTINGS);

            assertThat(cutOffs.scoring()).isEqualTo(day(200));
            assertThat(cutOffs.evaluation().plus(horizon)).isEqualTo(cutOffs.scoring());
            assertThat(cutOffs.trainingLabelsEnd(horizon)).isBeforeOrEqualTo(cutOffs.evaluation());
            assertThat(cutOffs.training()).hasSize(4).isSortedAccordingTo((a, b) -> b.compareTo(a));
        }
    }

    @Test
    void onlyCustomersSeenBeforeACutOffGetASequence() {
        StoredCustomer late = new StoredCustomer("c2", day(60), List.of());
        StoredShop history = new StoredShop(List.of(customer(), late), day(120));

        assertThat(history.at(day(50), builder))
                .extracting(SequenceExample::customerId)
                .containsExactly("c1");
        assertThat(history.at(day(61), builder)).hasSize(2);
    }
}
