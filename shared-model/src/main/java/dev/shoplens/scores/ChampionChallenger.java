package dev.shoplens.scores;

import java.time.LocalDate;

/**
 * One night's comparison of the nightly LSTM with the streaming logistic model for one kind ({@code purchase} |
 * {@code churn}), measured once the night's horizon had passed on the same customers' outcomes after {@code day},
 * and which of them serves the kind from then on: the retrain writes it, the Models page reads it.
 *
 * @param logisticMetricsJson the logistic model's metrics (AUC, log loss, Brier, calibration) as JSON; null where it
 *     had no score that night
 * @param lstmMetricsJson the LSTM's, likewise
 * @param champion {@link #LOGISTIC} or {@link #LSTM}
 * @param reason why, in words
 */
public record ChampionChallenger(
        String kind,
        LocalDate day,
        long customers,
        String logisticMetricsJson,
        String lstmMetricsJson,
        String champion,
        String reason) {

    public static final String LOGISTIC = "logistic";
    public static final String LSTM = "lstm";
}
