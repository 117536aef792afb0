package dev.shoplens.retrain.sequences;

import java.util.List;

/**
 * What each day of a customer's sequence holds, one input of the LSTM per channel. Values go in on fixed scales
 * (logarithms of counts and amounts, days over their usual range) rather than fitted ones, so a model carries no
 * scaler and the scale cannot drift between nights.
 */
public enum Channel {
    ORDERS("orders"),
    REVENUE("spend"),
    RETURNS("returns"),
    REFUNDS("refunds"),
    DAYS_SINCE_LAST_ORDER("days since the last order"),
    TENURE("tenure"),
    VIEWS("product views"),
    CART_ADDS("cart adds");

    private final String words;

    Channel(String words) {
        this.words = words;
    }

    /** How a sentence names the channel: "orders", "days since the last order". */
    public String words() {
        return words;
    }

    /** The value the network sees for a day's raw figure. */
    public float scale(double raw) {
        return switch (this) {
            case ORDERS, RETURNS, VIEWS, CART_ADDS -> (float) Math.log1p(raw);
            case REVENUE, REFUNDS -> (float) (Math.log1p(raw) / Math.log(1_000));
            case DAYS_SINCE_LAST_ORDER -> (float) (Math.min(raw, 365) / 60.0);
            case TENURE -> (float) (Math.min(raw, 365) / 365.0);
        };
    }

    /** The day's raw figure back from the network's scale (capped clocks stay capped). */
    public double unscale(float value) {
        return switch (this) {
            case ORDERS, RETURNS, VIEWS, CART_ADDS -> Math.expm1(value);
            case REVENUE, REFUNDS -> Math.expm1(value * Math.log(1_000));
            case DAYS_SINCE_LAST_ORDER -> value * 60.0;
            case TENURE -> value * 365.0;
        };
    }

    public static int count() {
        return values().length;
    }

    /** Every channel, in the order the sequences hold them. */
    public static List<Channel> all() {
        return List.of(values());
    }
}
