package dev.shoplens.retrain.sequences;

import dev.shoplens.models.labels.ModelKind;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The cut-offs of one night's retrain for one model kind, all UTC midnights. {@code knownUntil} is the end of the
 * last whole day the store holds. The evaluation cut-off is the newest whose labels have matured by then; every
 * training cut-off lies a full horizon before it, so no training label overlaps the days the evaluation labels
 * come from.
 *
 * @param scoring where tonight's scores are cut: the end of the last whole day
 * @param evaluation the cut-off of the labels the candidate is tested on
 * @param training the cut-offs of the training examples, newest first
 */
public record CutOffs(Instant scoring, Instant evaluation, List<Instant> training) {

    public static CutOffs of(ModelKind kind, Instant newestEvent, SequenceSettings settings) {
        Duration horizon = settings.horizons().of(kind);
        Instant knownUntil = newestEvent.truncatedTo(ChronoUnit.DAYS);
        Instant evaluation = knownUntil.minus(horizon);
        List<Instant> training = new ArrayList<>();
        for (int k = 0; k < settings.trainingCutOffs(); k++) {
            training.add(evaluation.minus(horizon).minus(Duration.ofDays((long) k * settings.stepDays())));
        }
        return new CutOffs(knownUntil, evaluation, List.copyOf(training));
    }

    /** The end of the newest label window the training saw: the evaluation labels all come after it. */
    public Instant trainingLabelsEnd(Duration horizon) {
        return training.get(0).plus(horizon);
    }
}
