package dev.shoplens.scores;

import java.time.LocalDate;

/**
 * One customer's score of one night and kind: the serving LSTM's, with its reasons, beside the streaming logistic
 * model's score of the same night (null where the customer had none).
 */
public record SequenceScore(
        LocalDate day,
        String kind,
        String customerId,
        double lstmProbability,
        int lstmVersion,
        Double logisticProbability,
        Integer logisticVersion,
        String reasons) {}
