package dev.shoplens.audiences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AudienceRuleTest {

    @Test
    void aCustomerBelongsWhenEveryConditionHolds() {
        AudienceRule rule = AudienceRule.parse("churn_risk >= 60% AND spent_90d >= 200");

        assertThat(rule.matches(facts(0.6, 200, "loyal")))
                .as("both bounds inclusive")
                .isTrue();
        assertThat(rule.matches(facts(0.59, 500, "loyal"))).isFalse();
        assertThat(rule.matches(facts(0.9, 199.99, "loyal"))).isFalse();
    }

    @Test
    void anUnknownValueMatchesNoCondition() {
        AudienceRule atLeast = AudienceRule.parse("churn_risk >= 0");
        AudienceRule below = AudienceRule.parse("churn_risk < 1");
        AudienceFacts noScore = facts(Double.NaN, 10, null);

        assertThat(atLeast.matches(noScore)).isFalse();
        assertThat(below.matches(noScore)).isFalse();
        assertThat(AudienceRule.parse("segment != lapsed").matches(noScore))
                .as("no segment yet: not in any segment rule")
                .isFalse();
    }

    @Test
    void theSegmentIsComparedAsTextQuotedOrNotWhateverItsCase() {
        AudienceFacts recent = facts(0.1, 0, "Recent buyers, high spend");

        assertThat(AudienceRule.parse("segment = \"recent buyers, high spend\"").matches(recent))
                .isTrue();
        assertThat(AudienceRule.parse("segment = 'Lapsed and one-off' and churn_risk < 0.5")
                        .matches(facts(0.1, 0, "lapsed and one-off")))
                .as("an 'and' inside quotes is part of the name")
                .isTrue();
        assertThat(AudienceRule.parse("segment != lapsed").matches(recent)).isTrue();
    }

    @Test
    void aCategoryBoughtFromOrNeverBoughtFrom() {
        AudienceFacts buyer = facts(0.1, 50, "loyal");
        buyer.boughtCategories = java.util.List.of("home & garden", "toys");
        AudienceFacts newcomer = facts(0.1, 0, "new");

        assertThat(AudienceRule.parse("bought_category = Toys").matches(buyer)).isTrue();
        assertThat(AudienceRule.parse("bought_category = \"Home & Garden\" and churn_risk < 50%")
                        .matches(buyer))
                .isTrue();
        assertThat(AudienceRule.parse("bought_category != toys").matches(buyer)).isFalse();
        assertThat(AudienceRule.parse("bought_category != toys").matches(newcomer))
                .as("who bought nothing never bought toys")
                .isTrue();
        assertThat(AudienceRule.parse("bought_category = toys").matches(newcomer))
                .isFalse();
        assertThatThrownBy(() -> AudienceRule.parse("bought_category >= toys"))
                .hasMessage("bought_category is text: compare it with = or !=, not >=");
    }

    @Test
    void everyOperatorComparesAsWritten() {
        AudienceFacts f = facts(0.5, 100, "x");
        assertThat(Arrays.stream(new String[] {">= 100", "<= 100", "= 100", "> 99", "< 101", "!= 5"})
                        .allMatch(c -> AudienceRule.parse("spent_90d " + c).matches(f)))
                .isTrue();
        assertThat(Arrays.stream(new String[] {"> 100", "< 100", "!= 100", "= 99"})
                        .noneMatch(c -> AudienceRule.parse("spent_90d " + c).matches(f)))
                .isTrue();
    }

    @Test
    void aRuleThatCannotBeAppliedIsRefusedSayingWhy() {
        assertThatThrownBy(() -> AudienceRule.parse("  ")).hasMessageContaining("the rule is empty");
        assertThatThrownBy(() -> AudienceRule.parse("churn >= 0.5"))
                .hasMessageContaining("unknown field \"churn\"")
                .hasMessageContaining("churn_risk");
        assertThatThrownBy(() -> AudienceRule.parse("segment >= a")).hasMessageContaining("compare it with = or !=");
        assertThatThrownBy(() -> AudienceRule.parse("spent_90d >= lots")).hasMessageContaining("needs a number");
        assertThatThrownBy(() -> AudienceRule.parse("spent_90d >= 20%")).hasMessageContaining("not a probability");
        assertThatThrownBy(() -> AudienceRule.parse("churn_risk >= 0.5 and"))
                .hasMessageContaining("is not a condition");
        assertThatThrownBy(() -> AudienceRule.parse("spent_90d 200")).hasMessageContaining("is not a condition");
        assertThatThrownBy(() -> AudienceRule.parse("segment = \"open")).hasMessageContaining("quote is not closed");
        assertThatThrownBy(() -> AudienceRule.parse("spent_90d >= NaN")).hasMessageContaining("finite");
    }

    @Test
    void anAudienceIsNamedByAnIdAndEachChangeIsANewVersion() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        Audience a = Audience.define("  Win back: big spenders ", "churn_risk >= 0.6", "manager", t);

        assertThat(a.id()).isEqualTo("win-back-big-spenders");
        assertThat(a.version()).isEqualTo(1);
        assertThat(a.withRule("churn_risk >= 0.7", "admin", t).version()).isEqualTo(2);
        assertThat(a.ended("admin", t).active()).isFalse();
        assertThatThrownBy(() -> Audience.define("!!", "churn_risk >= 0.6", "m", t))
                .hasMessageContaining("a letter or a digit");
        assertThatThrownBy(() -> a.withRule("", "m", t)).hasMessageContaining("empty");
    }

    static AudienceFacts facts(double churn, double spent90d, String segment) {
        AudienceFacts f = new AudienceFacts();
        f.numbers = new double[AudienceField.values().length];
        Arrays.fill(f.numbers, Double.NaN);
        f.numbers[AudienceField.CHURN_RISK.ordinal()] = churn;
        f.numbers[AudienceField.SPENT_90D.ordinal()] = spent90d;
        f.segment = segment;
        return f;
    }
}
