package dev.shoplens.models.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.features.CustomerFeature;
import dev.shoplens.models.labels.ModelKind;
import dev.shoplens.models.words.Words;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReasonPhrasesTest {

    static final ReasonPhrases CHINESE = ReasonPhrases.of(Locale.SIMPLIFIED_CHINESE);

    /** Three reasons as the feature job stores them now. */
    static final String STORED = ReasonCodec.write(List.of(
            new Reason(Fact.DAYS_SINCE_LAST_ORDER, 64.4, 0, 1.234),
            new Reason(Fact.SESSIONS_30D, 1, 0, 0.41),
            new Reason(Fact.AVG_ORDER_VALUE, Double.NaN, 0, -0.12)));

    @Test
    void storedReasonsHoldCodesFiguresAndContributionsOnly() {
        assertThat(STORED).isEqualTo("days_since_last_order=64:+1.23;sessions_30d=1:+0.41;avg_order_value=:-0.12");
        assertThat(ReasonCodec.read("return_rate=0.125:-0.30")).isEqualTo(new Reason(Fact.RETURN_RATE, 0.125, 0, -0.3));
        assertThat(ReasonCodec.read("orders_in_window=3,60:+0.80"))
                .isEqualTo(new Reason(Fact.ORDERS_IN_WINDOW, 3, 60, 0.8));
        assertThat(ReasonCodec.read("no such fact=3:+0.1")).isNull();
        assertThat(ReasonCodec.read("no order for 64 days: +0.9")).isNull();
    }

    @Test
    void explainedInEnglishAsTheDashboardAlwaysShowedThem() {
        assertThat(ReasonPhrases.ENGLISH.explained(STORED, ModelKind.CHURN))
                .containsExactly(
                        "No order for 64 days: raises the churn risk strongly (+1.2)",
                        "1 visit in the last 30 days: raises the churn risk (+0.4)",
                        "No order value yet: lowers the churn risk slightly (-0.1)");
        assertThat(ReasonPhrases.ENGLISH.briefs(STORED))
                .isEqualTo("no order for 64 days: +1.2; 1 visit in the last 30 days: +0.4; no order value yet: -0.1");
    }

    @Test
    void explainedInChinese() {
        assertThat(CHINESE.explained(STORED, ModelKind.CHURN))
                .containsExactly("已 64 天未下单：大幅提高流失风险（+1.2）", "近 30 天访问 1 次：提高流失风险（+0.4）", "尚无订单金额：略微降低流失风险（-0.1）");
        assertThat(CHINESE.explained("spend_in_window=120.5,60:-0.35", ModelKind.PURCHASE))
                .containsExactly("近 60 天消费 120.50：降低购买可能性（-0.4）");
        assertThat(CHINESE.briefs("cart_abandonment_rate_30d=0.25:+0.31;tenure_days=200:-0.05"))
                .isEqualTo("近 30 天 25% 的购物车被放弃：+0.3；已成为客户 200 天：-0.1");
    }

    @Test
    void englishCountsAgreeInNumberAndAmountsKeepTwoDecimals() {
        assertThat(ReasonPhrases.ENGLISH.fact(new Reason(Fact.ORDERS_IN_WINDOW, 1, 60, 0.5)))
                .isEqualTo("1 order in the last 60 days");
        assertThat(ReasonPhrases.ENGLISH.fact(new Reason(Fact.ORDERS_IN_WINDOW, 0, 60, 0.5)))
                .isEqualTo("0 orders in the last 60 days");
        assertThat(ReasonPhrases.ENGLISH.fact(new Reason(Fact.DISTINCT_CATEGORIES, 1, 0, 0.5)))
                .isEqualTo("1 product category viewed or bought");
        assertThat(ReasonPhrases.ENGLISH.fact(new Reason(Fact.TOTAL_REVENUE, 1234.5, 0, 0.5)))
                .isEqualTo("spent 1234.50 in all");
        assertThat(ReasonPhrases.ENGLISH.fact(new Reason(Fact.RETURN_RATE, 0.125, 0, 0.5)))
                .isEqualTo("13% of bought units returned");
    }

    @Test
    void oldEnglishRowsStillReadAndReadInChineseToo() {
        String old = "no order for 150 days: +1.2; 1 visit in the last 30 days: +0.4; 3 orders in all: -0.1";
        assertThat(ReasonPhrases.ENGLISH.explained(old, ModelKind.CHURN))
                .containsExactly(
                        "No order for 150 days: raises the churn risk strongly (+1.2)",
                        "1 visit in the last 30 days: raises the churn risk (+0.4)",
                        "3 orders in all: lowers the churn risk slightly (-0.1)");
        assertThat(CHINESE.explained(old, ModelKind.CHURN))
                .containsExactly("已 150 天未下单：大幅提高流失风险（+1.2）", "近 30 天访问 1 次：提高流失风险（+0.4）", "累计下单 3 次：略微降低流失风险（-0.1）");
        // The old LSTM reasons too, whose window is in the sentence.
        assertThat(CHINESE.briefs("3 orders in the last 60 days: +0.8; 25% of carts abandoned in 30 days: -0.4"))
                .isEqualTo("近 60 天下单 3 次：+0.8；近 30 天 25% 的购物车被放弃：-0.4");
    }

    @Test
    void aSentenceNoPhraseKnowsIsShownAsStored() {
        assertThat(CHINESE.explained("first score", ModelKind.CHURN)).containsExactly("First score");
        assertThat(CHINESE.explained("odd: value", ModelKind.CHURN)).containsExactly("Odd: value");
        assertThat(CHINESE.explained("a new fact: +0.5", ModelKind.CHURN)).containsExactly("A new fact：提高流失风险（+0.5）");
        assertThat(ReasonPhrases.ENGLISH.explained(null, ModelKind.CHURN)).isEmpty();
        assertThat(ReasonPhrases.ENGLISH.explained(" ", ModelKind.CHURN)).isEmpty();
    }

    @Test
    void changesReadInBothLanguagesAndOldTextsAsStored() {
        String stored = "churn|0.42|0.61|2026-03-01|3|4|days_since_last_order=40:+0.31" + Explanations.CHANGES_SEPARATOR
                + "purchase|0.20|0.10|2026-03-01|2|2|";
        assertThat(ReasonPhrases.ENGLISH.changes(stored))
                .isEqualTo("the churn risk 0.42 -> 0.61 since 2026-03-01 (model version 3 -> 4): no order for 40 days:"
                        + " +0.3. the purchase chance 0.20 -> 0.10 since 2026-03-01");
        assertThat(CHINESE.changes(stored))
                .isEqualTo("流失风险自 2026年3月1日 起由 0.42 变为 0.61（模型版本 3 → 4）：已 40 天未下单：+0.3。"
                        + "购买可能性自 2026年3月1日 起由 0.20 变为 0.10");
        String old = "the churn risk 0.42 -> 0.61 since 2026-03-01: no order for 40 days: +0.3";
        assertThat(CHINESE.changes(old)).isEqualTo(old);
    }

    @Test
    void weightsReadInBothLanguages() {
        assertThat(ReasonPhrases.ENGLISH.weight(CustomerFeature.DAYS_SINCE_LAST_ORDER, 1.314, ModelKind.CHURN))
                .isEqualTo("More days since the last order raises the churn risk strongly (+1.31)");
        assertThat(CHINESE.weight(CustomerFeature.SESSIONS_30D, -0.2, ModelKind.PURCHASE))
                .isEqualTo("近 30 天访问次数越多，略微降低购买可能性（-0.20）");
    }

    @Test
    void everyFactAndFeatureHasWordsInBothLanguages() {
        for (Words words : List.of(Words.ENGLISH, Words.SIMPLIFIED_CHINESE)) {
            for (Fact fact : Fact.values()) {
                assertThat(words.has("fact." + fact.code()))
                        .as(fact + " in " + words.locale())
                        .isTrue();
            }
            for (CustomerFeature feature : CustomerFeature.values()) {
                assertThat(words.has("feature." + feature.column()))
                        .as(feature.column())
                        .isTrue();
                assertThat(Fact.valueOf(feature.name()).code()).isEqualTo(feature.column());
            }
        }
    }
}
