package dev.shoplens.retrain.explain;

import dev.shoplens.models.explain.ReasonCodec;
import dev.shoplens.retrain.lstm.LstmModel;
import dev.shoplens.retrain.sequences.Channel;
import dev.shoplens.retrain.sequences.SequenceExample;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Explains LSTM scores by occlusion (Zeiler and Fergus 2014): each channel's whole sequence is replaced by the
 * average customer's sequence of that channel, day by day, and the change of the score in log-odds is that
 * channel's contribution. Log-odds, so the reasons read like the logistic model's ("no order for 40 days: +0.8");
 * the average customer as the reference, so a contribution says how this customer differs from a typical one.
 */
public final class Occlusion {

    /** Contributions smaller than this say nothing a manager should read (as for the logistic reasons). */
    static final double SMALLEST = 0.05;

    private Occlusion() {}

    /** The {@code n} largest contributions of each example, largest first, given its score {@code probability}. */
    public static List<List<SequenceReason>> reasons(
            LstmModel model, List<SequenceExample> examples, double[] probability, int n) {
        float[][] reference = average(examples);
        double[][] contribution = new double[examples.size()][Channel.count()];
        for (Channel channel : model.channels()) {
            double[] occluded = model.score(occlude(examples, channel, reference[channel.ordinal()]));
            for (int i = 0; i < examples.size(); i++) {
                contribution[i][channel.ordinal()] = logit(probability[i]) - logit(occluded[i]);
            }
        }
        List<List<SequenceReason>> result = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            result.add(top(model, examples.get(i), contribution[i], n));
        }
        return result;
    }

    /** The reasons as stored, without words ({@link ReasonCodec}), like the logistic models' reasons. */
    public static String stored(List<SequenceReason> reasons) {
        return ReasonCodec.write(reasons.stream().map(SequenceReason::reason).toList());
    }

    private static List<SequenceReason> top(LstmModel model, SequenceExample example, double[] contribution, int n) {
        List<SequenceReason> reasons = new ArrayList<>();
        for (Channel channel : model.channels()) {
            double c = contribution[channel.ordinal()];
            if (Math.abs(c) >= SMALLEST) {
                reasons.add(new SequenceReason(
                        channel, ChannelFacts.reason(channel, example.values()[channel.ordinal()], c)));
            }
        }
        reasons.sort(Comparator.comparingDouble((SequenceReason r) -> -Math.abs(r.contribution())));
        return reasons.subList(0, Math.min(n, reasons.size()));
    }

    private static float[][] average(List<SequenceExample> examples) {
        int days = examples.get(0).values()[0].length;
        float[][] mean = new float[Channel.count()][days];
        for (SequenceExample e : examples) {
            for (int c = 0; c < mean.length; c++) {
                for (int d = 0; d < days; d++) {
                    mean[c][d] += e.values()[c][d] / examples.size();
                }
            }
        }
        return mean;
    }

    private static List<SequenceExample> occlude(List<SequenceExample> examples, Channel channel, float[] reference) {
        List<SequenceExample> occluded = new ArrayList<>(examples.size());
        for (SequenceExample e : examples) {
            float[][] values = e.values().clone();
            values[channel.ordinal()] = reference;
            occluded.add(new SequenceExample(e.customerId(), e.cutOff(), values, e.purchase(), e.churn()));
        }
        return occluded;
    }

    private static double logit(double p) {
        double clipped = Math.min(1 - 1e-7, Math.max(1e-7, p));
        return Math.log(clipped / (1 - clipped));
    }
}
