package dev.shoplens.retrain.lstm;

import dev.shoplens.retrain.sequences.Channel;
import dev.shoplens.retrain.sequences.SequenceExample;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Sequences as DL4J's recurrent input: {@code [sequences, channels, days]}, the newest day last, holding the given
 * channels in the given order.
 */
final class SequenceTensors {

    private SequenceTensors() {}

    static INDArray features(List<SequenceExample> examples, List<Channel> channels) {
        int days = examples.get(0).values()[0].length;
        float[] flat = new float[examples.size() * channels.size() * days];
        int i = 0;
        for (SequenceExample example : examples) {
            float[][] values = example.values();
            if (values.length != Channel.count() || values[0].length != days) {
                throw new IllegalArgumentException("sequences of different shapes in one batch");
            }
            for (Channel channel : channels) {
                for (float v : values[channel.ordinal()]) {
                    if (!Float.isFinite(v)) {
                        throw new IllegalArgumentException("a sequence of " + example.customerId() + " holds " + v);
                    }
                    flat[i++] = v;
                }
            }
        }
        return Nd4j.create(flat, new long[] {examples.size(), channels.size(), days}, 'c');
    }

    static INDArray labels(boolean[] positive) {
        float[] flat = new float[positive.length];
        for (int i = 0; i < positive.length; i++) {
            flat[i] = positive[i] ? 1f : 0f;
        }
        return Nd4j.create(flat, new long[] {positive.length, 1}, 'c');
    }
}
