package dev.shoplens.models.train;

import java.io.Serializable;

/**
 * How models are fitted.
 *
 * @param seed seeds every fit: the same examples and seed give the same model
 * @param fullEpochs passes over the window on a full retrain
 * @param warmEpochs passes over the new examples on a warm start
 * @param learningRate AdaGrad's initial learning rate
 * @param segments how many customer segments k-means makes
 */
public record TrainingSettings(long seed, int fullEpochs, int warmEpochs, double learningRate, int segments)
        implements Serializable {

    public TrainingSettings {
        if (fullEpochs < 1 || warmEpochs < 1 || learningRate <= 0 || segments < 2) {
            throw new IllegalArgumentException("epochs at least 1, a positive learning rate, at least 2 segments");
        }
    }

    public static TrainingSettings defaults() {
        return new TrainingSettings(42, 5, 3, 0.1, 5);
    }
}
