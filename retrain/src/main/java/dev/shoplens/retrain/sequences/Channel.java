package dev.shoplens.retrain.sequences;

/**
 * What each day of a customer's sequence holds, one input of the LSTM per channel. Values go in on fixed scales
 * (logarithms of counts and amounts, days over their usual range) rather than fitted ones, so a model carries no
 * scaler and the scale cannot drift between nights.
 */
public enum Channel {
    ORDERS("orders", "order", "orders"),
    REVENUE("spend", "spend", "spend"),
    RETURNS("returns", "return", "returns"),
    REFUNDS("refunds", "refund", "refunds"),
    DAYS_SINCE_LAST_ORDER("days since the last order", "day without an order", "days without an order"),
    TENURE("tenure", "day as a customer", "days as a customer");

    private final String words;
    private final String singular;
    private final String plural;

    Channel(String words, String singular, String plural) {
        this.words = words;
        this.singular = singular;
        this.plural = plural;
    }

    /** How a sentence names the channel: "orders", "days since the last order". */
    public String words() {
        return words;
    }

    String singular() {
        return singular;
    }

    String plural() {
        return plural;
    }

    /** The value the network sees for a day's raw figure. */
    public float scale(double raw) {
        return switch (this) {
            case ORDERS, RETURNS -> (float) Math.log1p(raw);
            case REVENUE, REFUNDS -> (float) (Math.log1p(raw) / Math.log(1_000));
            case DAYS_SINCE_LAST_ORDER -> (float) (Math.min(raw, 365) / 60.0);
            case TENURE -> (float) (Math.min(raw, 365) / 365.0);
        };
    }

    public static int count() {
        return values().length;
    }
}
