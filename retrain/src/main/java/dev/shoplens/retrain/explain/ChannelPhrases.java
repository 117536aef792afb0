package dev.shoplens.retrain.explain;

import static dev.shoplens.models.features.FeaturePhrases.count;
import static dev.shoplens.models.features.FeaturePhrases.money;

import dev.shoplens.retrain.sequences.Channel;

/** A customer's sequence of one channel as a manager would say it: "3 orders in the last 60 days". */
final class ChannelPhrases {

    private ChannelPhrases() {}

    static String phrase(Channel channel, float[] values) {
        int days = values.length;
        String window = " in the last " + days + " days";
        float last = values[days - 1];
        return switch (channel) {
            case ORDERS -> count(total(channel, values), "order") + window;
            case REVENUE -> "spent " + money(total(channel, values)) + window;
            case RETURNS -> count(total(channel, values), "return") + window;
            case REFUNDS -> "refunds of " + money(total(channel, values)) + window;
            case DAYS_SINCE_LAST_ORDER -> "no order for " + count(channel.unscale(last), "day");
            case TENURE -> "customer for " + count(channel.unscale(last), "day");
            case VIEWS -> count(total(channel, values), "product view") + window;
            case CART_ADDS -> count(total(channel, values), "item") + " added to cart" + window;
        };
    }

    private static double total(Channel channel, float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += channel.unscale(v);
        }
        return sum;
    }
}
