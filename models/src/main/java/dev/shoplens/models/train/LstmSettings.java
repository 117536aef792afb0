package dev.shoplens.models.train;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The LSTM's hyper-parameters, recorded with every version it trains.
 *
 * @param hiddenUnits LSTM cells; the last time step's state feeds one sigmoid output
 * @param learningRate Adam's step size
 * @param l2 weight decay
 * @param batchSize sequences per gradient step
 * @param maxEpochs passes over the training sequences at most
 * @param patience epochs without a better validation log loss before training stops (early stopping)
 * @param maxSequences labelled sequences a night trains and validates on at most: a big shop's night takes a seeded
 *     sample of its customers' cut-offs, so that its training time is bounded whatever the shop's size
 * @param validationShare share of the customers held out for early stopping, chosen by a hash of their id so a
 *     customer's sequences never sit on both sides
 * @param seed weight initialisation and shuffling
 */
public record LstmSettings(
        int hiddenUnits,
        double learningRate,
        double l2,
        int batchSize,
        int maxEpochs,
        int patience,
        int maxSequences,
        double validationShare,
        long seed) {

    public LstmSettings {
        if (hiddenUnits < 1 || batchSize < 1 || maxEpochs < 1 || patience < 1) {
            throw new IllegalArgumentException("hidden units, batch size, epochs and patience must be at least 1");
        }
        if (maxSequences < MIN_SEQUENCES) {
            throw new IllegalArgumentException(
                    "the night's sequences must be at least " + MIN_SEQUENCES + ", was " + maxSequences);
        }
        if (!(learningRate > 0) || l2 < 0) {
            throw new IllegalArgumentException("the learning rate must be positive and l2 not negative");
        }
        if (!(validationShare > 0 && validationShare < 0.5)) {
            throw new IllegalArgumentException("the validation share must be above 0 and below 0.5");
        }
    }

    /** Fewer would leave early stopping a validation set of a few dozen sequences. */
    public static final int MIN_SEQUENCES = 1_000;

    /**
     * The defaults. At most 40,000 sequences a night: about three times the demo's night (3,000 customers, 8 weekly
     * cut-offs), so a shop of its size trains on all of its sequences; a shop of 100,000 customers has about 800,000,
     * which at the trainer's few hundred sequences a second would not end within a night.
     */
    public static LstmSettings defaults() {
        return new LstmSettings(32, 0.005, 1e-4, 128, 20, 3, 40_000, 0.2, 42);
    }

    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("hiddenUnits", hiddenUnits);
        node.put("learningRate", learningRate);
        node.put("l2", l2);
        node.put("batchSize", batchSize);
        node.put("maxEpochs", maxEpochs);
        node.put("patience", patience);
        node.put("maxSequences", maxSequences);
        node.put("validationShare", validationShare);
        node.put("seed", seed);
        return node;
    }
}
