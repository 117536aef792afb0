package dev.shoplens.bench.data;

import dev.shoplens.retrain.sequences.Channel;
import dev.shoplens.retrain.sequences.SequenceExample;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Made-up daily sequences in the LSTM's shape ({@code [channel][day]}, the newest day last, on the channels' fixed
 * scales, every channel the network reads), seeded: each customer orders on a day with a chance of their own that fades for some, and buys again
 * within the horizon with a chance that follows their recent days, so that the network has a real but noisy signal.
 */
public final class SyntheticSequences {

    private SyntheticSequences() {}

    public static List<SequenceExample> of(int count, int days, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<SequenceExample> sequences = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            sequences.add(customer("c" + i, days, random));
        }
        return sequences;
    }

    private static SequenceExample customer(String id, int days, SplittableRandom random) {
        float[][] values = new float[Channel.count()][days];
        double chance = 0.2 * random.nextDouble() * random.nextDouble();
        double fade = random.nextDouble() < 0.4 ? 0.97 : 1.0;
        double tenure = days + random.nextDouble(0, 600);
        double sinceOrder = random.nextDouble(0, 120);
        int recentOrders = 0;
        for (int d = 0; d < days; d++) {
            int orders = random.nextDouble() < chance ? 1 + random.nextInt(2) : 0;
            double spend = orders * (15 + random.nextDouble(0, 120));
            int returns = orders > 0 && random.nextInt(10) == 0 ? 1 : 0;
            sinceOrder = orders > 0 ? 0 : sinceOrder + 1;
            recentOrders += d >= days - 14 ? orders : 0;
            int visits = random.nextInt(orders > 0 ? 8 : 3);
            for (Channel channel : Channel.values()) {
                double raw =
                        switch (channel) {
                            case ORDERS -> orders;
                            case REVENUE -> spend;
                            case RETURNS -> returns;
                            case REFUNDS -> returns * spend / Math.max(1, orders);
                            case DAYS_SINCE_LAST_ORDER -> sinceOrder;
                            case TENURE -> tenure - days + d;
                                // Any further channel counts the day's browsing, which comes with orders.
                            default -> visits;
                        };
                values[channel.ordinal()][d] = channel.scale(raw);
            }
            chance *= fade;
        }
        double buyAgain = 1 - Math.exp(-(chance * 7 + recentOrders * 0.15)) + random.nextGaussian() * 0.05;
        boolean purchase = random.nextDouble() < buyAgain;
        boolean churn = !purchase && random.nextDouble() < Math.min(1, sinceOrder / 45.0);
        return new SequenceExample(id, SyntheticCustomers.AS_OF, values, purchase, churn);
    }
}
