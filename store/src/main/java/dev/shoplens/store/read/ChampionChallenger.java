package dev.shoplens.store.read;

import java.time.LocalDate;

/**
 * One night's comparison of the nightly LSTM with the streaming logistic model for one kind ('purchase' | 'churn'),
 * measured once the night's horizon had passed on the same customers' outcomes, and which model serves from then
 * on.
 *
 * @param logisticMetricsJson the logistic model's metrics (AUC, log loss, Brier, calibration) as JSON; null where it
 *     had no score that night
 * @param lstmMetricsJson the LSTM's, likewise
 * @param champion 'logistic' or 'lstm'
 * @param reason why, in words
 */
public record ChampionChallenger(
        LocalDate day,
        long customers,
        String logisticMetricsJson,
        String lstmMetricsJson,
        String champion,
        String reason) {}
