package dev.shoplens.retrain.lstm;

import dev.shoplens.retrain.sequences.SequenceExample;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Sequences as DL4J's recurrent input: {@code [sequences, channels, days]}, the newest day last. */
final class SequenceTensors {

    private SequenceTensors() {}

    static INDArray features(List<SequenceExample> examples) {
        int channels = examples.get(0).values().length;
        int days = examples.get(0).values()[0].length;
        float[] flat = new float[examples.size() * channels * days];
        int i = 0;
        for (SequenceExample example : examples) {
            float[][] values = example.values();
            if (values.length != channels || values[0].length != days) {
                throw new IllegalArgumentException("sequences of different shapes in one batch");
            }
            for (float[] channel : values) {
                for (float v : channel) {
                    if (!Float.isFinite(v)) {
                        throw new IllegalArgumentException("a sequence of " + example.customerId() + " holds " + v);
                    }
                    flat[i++] = v;
                }
            }
        }
        return Nd4j.create(flat, new long[] {examples.size(), channels, days}, 'c');
    }

    static INDArray labels(boolean[] positive) {
        float[] flat = new float[positive.length];
        for (int i = 0; i < positive.length; i++) {
            flat[i] = positive[i] ? 1f : 0f;
        }
        return Nd4j.create(flat, new long[] {positive.length, 1}, 'c');
    }
}
