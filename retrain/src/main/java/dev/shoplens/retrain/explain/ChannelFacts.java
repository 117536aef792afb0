package dev.shoplens.retrain.explain;

import dev.shoplens.models.explain.Fact;
import dev.shoplens.models.explain.Reason;
import dev.shoplens.retrain.sequences.Channel;

/**
 * What a customer's sequence of one channel says, as the facts the logistic reasons use ("3 orders in the last 60
 * days", "no order for 40 days" once phrased): counts and amounts summed over the window, clocks as of its last day.
 */
final class ChannelFacts {

    private ChannelFacts() {}

    static Reason reason(Channel channel, float[] values, double contribution) {
        int days = values.length;
        double last = channel.unscale(values[days - 1]);
        return switch (channel) {
            case ORDERS -> new Reason(Fact.ORDERS_IN_WINDOW, total(channel, values), days, contribution);
            case REVENUE -> new Reason(Fact.SPEND_IN_WINDOW, total(channel, values), days, contribution);
            case RETURNS -> new Reason(Fact.RETURNS_IN_WINDOW, total(channel, values), days, contribution);
            case REFUNDS -> new Reason(Fact.REFUNDS_IN_WINDOW, total(channel, values), days, contribution);
            case DAYS_SINCE_LAST_ORDER -> new Reason(Fact.DAYS_SINCE_LAST_ORDER, last, 0, contribution);
            case TENURE -> new Reason(Fact.TENURE_DAYS, last, 0, contribution);
            case VIEWS -> new Reason(Fact.VIEWS_IN_WINDOW, total(channel, values), days, contribution);
            case CART_ADDS -> new Reason(Fact.CART_ADDS_IN_WINDOW, total(channel, values), days, contribution);
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
