package dev.shoplens.retrain.results;

import java.time.LocalDate;

/**
 * The logistic model and the LSTM measured on the same customers' outcomes after {@code day}, and which of them
 * serves the kind from then on ({@code logistic} or {@code lstm}).
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
