package dev.shoplens.dashboard.customers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReasonWordsTest {

    @Test
    void eachReasonSaysWhichWayAndHowStronglyItPushes() {
        assertThat(ReasonWords.sentences(
                        "no order for 64 days: +1.2; 0 visits in the last 30 days: +0.4; 3 orders in all: -0.1",
                        "the churn risk"))
                .containsExactly(
                        "No order for 64 days: raises the churn risk strongly (+1.2)",
                        "0 visits in the last 30 days: raises the churn risk (+0.4)",
                        "3 orders in all: lowers the churn risk slightly (-0.1)");
    }

    @Test
    void aReasonWithoutANumberIsShownAsItIs() {
        assertThat(ReasonWords.sentences("first score", "the churn risk")).containsExactly("First score");
        assertThat(ReasonWords.sentences("odd: value", "the churn risk")).containsExactly("Odd: value");
        assertThat(ReasonWords.sentences(null, "the churn risk")).isEmpty();
        assertThat(ReasonWords.sentences(" ", "the churn risk")).isEmpty();
    }
}
