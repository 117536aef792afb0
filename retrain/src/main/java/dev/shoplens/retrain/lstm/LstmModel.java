package dev.shoplens.retrain.lstm;

import dev.shoplens.models.labels.ModelKind;
import dev.shoplens.retrain.sequences.Channel;
import dev.shoplens.retrain.sequences.SequenceExample;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A trained LSTM for one kind (purchase or churn) over sequences of {@code days} days, reading {@code channels} in
 * that order. A model keeps the channels it was trained on, so a version from before a channel was added still
 * scores today's sequences (it reads only its own channels).
 */
public record LstmModel(ModelKind kind, int days, List<Channel> channels, MultiLayerNetwork network) {

    private static final int SCORING_BATCH = 1_024;

    public LstmModel {
        channels = List.copyOf(channels);
    }

    /** The registry kind the LSTM versions are kept under, next to the streaming models' ("purchase_lstm"). */
    public String registryKind() {
        return registryKind(kind);
    }

    public static String registryKind(ModelKind kind) {
        return kind.registryName() + "_lstm";
    }

    /** The predicted probability of each sequence, in order. */
    public double[] score(List<SequenceExample> examples) {
        double[] result = new double[examples.size()];
        for (int from = 0; from < examples.size(); from += SCORING_BATCH) {
            List<SequenceExample> batch = examples.subList(from, Math.min(examples.size(), from + SCORING_BATCH));
            INDArray out = network.output(SequenceTensors.features(batch, channels), false);
            for (int i = 0; i < batch.size(); i++) {
                result[from + i] = out.getDouble(i, 0);
            }
        }
        return result;
    }
}
