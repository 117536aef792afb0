package dev.shoplens.models.explain;

import dev.shoplens.features.CustomerFeature;
import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.models.features.ModelFeatures;
import java.util.HashMap;
import java.util.Map;

/**
 * What a reason says about a customer, without the words: a stored reason keeps the fact's code and the customer's
 * figure, and {@link ReasonPhrases} puts it in the reader's language. The set is closed, so each fact has a phrase
 * in every language (keys {@code fact.<code>} in {@code phrases*.properties}; {@code fact.<code>.none} where the
 * figure does not exist yet, such as the average order of a customer who never ordered).
 */
public enum Fact {
    DAYS_SINCE_LAST_ORDER("days_since_last_order", Figure.COUNT),
    /** The days since the first visit of a customer who never ordered. */
    NO_ORDER_YET("no_order_yet", Figure.COUNT),
    ORDERS_7D("orders_7d", Figure.COUNT),
    ORDERS_30D("orders_30d", Figure.COUNT),
    ORDERS_90D("orders_90d", Figure.COUNT),
    REVENUE_7D("revenue_7d", Figure.MONEY),
    REVENUE_30D("revenue_30d", Figure.MONEY),
    REVENUE_90D("revenue_90d", Figure.MONEY),
    TOTAL_ORDERS("total_orders", Figure.COUNT),
    TOTAL_REVENUE("total_revenue", Figure.MONEY),
    AVG_ORDER_VALUE("avg_order_value", Figure.MONEY),
    VIEWS_7D("views_7d", Figure.COUNT),
    CART_ADDS_7D("cart_adds_7d", Figure.COUNT),
    ABANDONED_CARTS_30D("abandoned_carts_30d", Figure.COUNT),
    CART_ABANDONMENT_RATE_30D("cart_abandonment_rate_30d", Figure.SHARE),
    SESSIONS_30D("sessions_30d", Figure.COUNT),
    TENURE_DAYS("tenure_days", Figure.COUNT),
    MEAN_DAYS_BETWEEN_ORDERS("mean_days_between_orders", Figure.COUNT),
    RETURN_RATE("return_rate", Figure.SHARE),
    DISTINCT_CATEGORIES("distinct_categories", Figure.COUNT),
    // The nightly LSTM's channels, summed over its sequences' window of days.
    ORDERS_IN_WINDOW("orders_in_window", Figure.COUNT),
    SPEND_IN_WINDOW("spend_in_window", Figure.MONEY),
    RETURNS_IN_WINDOW("returns_in_window", Figure.COUNT),
    REFUNDS_IN_WINDOW("refunds_in_window", Figure.MONEY),
    VIEWS_IN_WINDOW("views_in_window", Figure.COUNT),
    CART_ADDS_IN_WINDOW("cart_adds_in_window", Figure.COUNT);

    /** How a fact's figure is written: a whole number, an amount with two decimals, or a share as a percentage. */
    public enum Figure {
        COUNT(0),
        MONEY(2),
        SHARE(3);

        /** Decimals kept in the store. */
        final int digits;

        Figure(int digits) {
            this.digits = digits;
        }
    }

    private static final Map<String, Fact> BY_CODE = new HashMap<>();

    static {
        for (Fact fact : values()) {
            BY_CODE.put(fact.code, fact);
        }
    }

    private final String code;
    private final Figure figure;

    Fact(String code, Figure figure) {
        this.code = code;
        this.figure = figure;
    }

    /** The code the store keeps. */
    public String code() {
        return code;
    }

    public Figure figure() {
        return figure;
    }

    /** The fact of {@code code}, null for an unknown one. */
    public static Fact of(String code) {
        return BY_CODE.get(code);
    }

    /** What a model feature says about {@code c}: "no order yet" for the days of a customer who never ordered. */
    public static Fact of(CustomerFeature feature, CustomerFeatures c) {
        if (feature == CustomerFeature.DAYS_SINCE_LAST_ORDER && c.totalOrders() == 0) {
            return NO_ORDER_YET;
        }
        return valueOf(feature.name());
    }

    /** A model feature's fact about {@code c} with its figure and share of the score. */
    public static Reason reason(CustomerFeature feature, CustomerFeatures c, double contribution) {
        return new Reason(of(feature, c), ModelFeatures.raw(feature, c), 0, contribution);
    }
}
