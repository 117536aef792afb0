package dev.shoplens.audiences;

import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.scores.CustomerScore;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * What an audience rule can ask of a customer: their newest scores and features, each under the name a manager
 * writes in a rule. A value is null while it is unknown (no serving model yet; no order yet), and a condition on an
 * unknown value is false: a customer without a churn score is in no churn-risk audience.
 */
public enum AudienceField {
    CHURN_RISK("churn_risk", "probability of churn (0-1, or a percentage)", (f, s) -> s.churnProbability()),
    PURCHASE_PROBABILITY(
            "purchase_probability",
            "probability of a purchase within the purchase horizon",
            (f, s) -> s.purchaseProbability()),
    EXPECTED_REVENUE_90D(
            "expected_revenue_90d", "expected revenue of the next 90 days", (f, s) -> s.expectedRevenue90d()),
    EXPECTED_ORDERS_90D("expected_orders_90d", "expected orders of the next 90 days", (f, s) -> s.expectedOrders90d()),
    SEGMENT("segment", "the segment's name (text)", null),
    DAYS_SINCE_LAST_ORDER("days_since_last_order", "days since the last order", (f, s) -> f.daysSinceLastOrder()),
    TENURE_DAYS("tenure_days", "days since the customer was first seen", (f, s) -> f.tenureDays()),
    ORDERS_TOTAL("orders_total", "orders ever", (f, s) -> (double) f.totalOrders()),
    ORDERS_90D("orders_90d", "orders in the last 90 days", (f, s) -> (double) f.orders90d()),
    SPENT_TOTAL("spent_total", "revenue ever", (f, s) -> f.totalRevenue()),
    SPENT_90D("spent_90d", "revenue of the last 90 days", (f, s) -> f.revenue90d()),
    SPENT_30D("spent_30d", "revenue of the last 30 days", (f, s) -> f.revenue30d()),
    SESSIONS_30D("sessions_30d", "sessions in the last 30 days", (f, s) -> (double) f.sessions30d()),
    ABANDONED_CARTS_30D(
            "abandoned_carts_30d", "abandoned carts in the last 30 days", (f, s) -> (double) f.abandonedCarts30d()),
    // Last, so that the numbers kept per customer by an earlier release keep their places.
    BOUGHT_CATEGORY(
            "bought_category",
            "a category the customer bought from (text: = bought from it, != never bought from it)",
            null);

    private final String wireName;
    private final String description;
    private final BiFunction<CustomerFeatures, CustomerScore, Double> number;

    AudienceField(String wireName, String description, BiFunction<CustomerFeatures, CustomerScore, Double> number) {
        this.wireName = wireName;
        this.description = description;
        this.number = number;
    }

    /** The name a rule uses. */
    public String wireName() {
        return wireName;
    }

    public String description() {
        return description;
    }

    /** Whether the field holds text (compared with = and != only): the segment, or the categories bought from. */
    public boolean isText() {
        return number == null;
    }

    /** Whether the field comes from the models' scores (else from the customer's features). */
    public boolean fromScore() {
        return ordinal() <= SEGMENT.ordinal();
    }

    /** Whether the field is a probability, which a rule may also write as a percentage ("60%"). */
    public boolean isProbability() {
        return this == CHURN_RISK || this == PURCHASE_PROBABILITY;
    }

    /** The field's number for a customer; null when unknown. Never called for a text field. */
    Double number(CustomerFeatures features, CustomerScore score) {
        return number.apply(features, score);
    }

    public static Optional<AudienceField> ofWireName(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.wireName.equals(wanted)).findFirst();
    }

    /** Every field's name, for an error that says what a rule can use. */
    public static String known() {
        return Arrays.stream(values()).map(AudienceField::wireName).collect(Collectors.joining(", "));
    }
}
