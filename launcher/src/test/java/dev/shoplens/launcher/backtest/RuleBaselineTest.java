package dev.shoplens.launcher.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleBaselineTest {

    static final long DAY = RuleBaseline.DAY;
    static final long INNER = 100 * DAY;
    static final long CUTOFF = 130 * DAY;

    static ShopHistory.Orders orders(long... days) {
        return new ShopHistory.Orders(
                java.util.Arrays.stream(days).map(d -> d * DAY).boxed().toList());
    }

    @Test
    void bucketsByRecencyAndFrequency() {
        assertThat(RuleBaseline.Rule.RECENCY.bucket(orders(), CUTOFF)).isZero();
        assertThat(RuleBaseline.Rule.RECENCY.bucket(orders(128), CUTOFF))
                .as("2 days ago")
                .isEqualTo(1);
        assertThat(RuleBaseline.Rule.RECENCY.bucket(orders(120), CUTOFF))
                .as("10 days ago")
                .isEqualTo(2);
        assertThat(RuleBaseline.Rule.RECENCY.bucket(orders(1), CUTOFF))
                .as("129 days ago")
                .isEqualTo(6);
        assertThat(RuleBaseline.Rule.FREQUENCY.bucket(orders(1), CUTOFF)).isEqualTo(1);
        assertThat(RuleBaseline.Rule.FREQUENCY.bucket(orders(1, 2, 3), CUTOFF)).isEqualTo(3);
    }

    @Test
    void eachBucketPredictsWhatItDidOverTheLastHorizonBeforeTheCutoff() {
        // At the inner cutoff (day 100): two customers bought 5 days before (bucket 1), one of them again in the
        // next 30 days (twice); one customer bought 50 days before and not again; one had not bought yet.
        List<ShopHistory.Orders> known = List.of(orders(95, 110, 120), orders(95), orders(50), orders(105));
        RuleBaseline recency = RuleBaseline.fit(RuleBaseline.Rule.RECENCY, known, INNER, CUTOFF)
                .orElseThrow();

        // As of the cutoff, a customer whose last order was 3 days ago falls in bucket 1: rate 1/2, mean 2/2 orders.
        assertThat(recency.probability(orders(127), CUTOFF)).isEqualTo(0.5);
        assertThat(recency.expectedOrders(orders(127), CUTOFF)).isEqualTo(1.0);
        // No orders: what the customer without orders at day 100 did (bought once).
        assertThat(recency.probability(orders(), CUTOFF)).isEqualTo(1.0);
        // 8-13 days ago: a bucket nobody was in, so the overall figures: 2 of 4 bought, 3 orders in all.
        assertThat(recency.probability(orders(120), CUTOFF)).isCloseTo(0.5, within(1e-12));
        assertThat(recency.expectedOrders(orders(120), CUTOFF)).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void cannotBeFittedOnASplitWithNothingToLearnFrom() {
        assertThat(RuleBaseline.fit(RuleBaseline.Rule.FREQUENCY, List.of(), INNER, CUTOFF))
                .isEmpty();
    }
}
