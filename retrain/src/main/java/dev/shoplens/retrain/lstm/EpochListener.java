package dev.shoplens.retrain.lstm;

import dev.shoplens.models.train.LstmSettings;

/** Told of each epoch as training ends it, e.g. to show how far a long training has got; called on its thread. */
@FunctionalInterface
public interface EpochListener {

    EpochListener NONE = (epoch, maxEpochs, validationLogLoss) -> {};

    /**
     * @param epoch the epoch just ended (1-based)
     * @param maxEpochs the most there will be (training may stop earlier, see {@link LstmSettings#patience()})
     * @param validationLogLoss its log loss on the held-out customers
     */
    void epochEnded(int epoch, int maxEpochs, double validationLogLoss);
}
