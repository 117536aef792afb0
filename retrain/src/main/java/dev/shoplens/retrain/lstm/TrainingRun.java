package dev.shoplens.retrain.lstm;

import java.util.List;

/**
 * What one training did: the model at its best epoch and how it got there.
 *
 * @param trainingLoss mean training loss per epoch (DL4J's score: cross-entropy plus l2)
 * @param validationLogLoss log loss on the held-out customers per epoch
 * @param bestEpoch the epoch whose weights were kept (1-based)
 * @param sequencesPerSecond training sequences processed per second of training (every epoch counted)
 */
public record TrainingRun(
        LstmModel model,
        boolean warmStarted,
        int trainingSequences,
        int validationSequences,
        List<Double> trainingLoss,
        List<Double> validationLogLoss,
        int bestEpoch,
        double seconds,
        double sequencesPerSecond) {

    public int epochs() {
        return trainingLoss.size();
    }
}
