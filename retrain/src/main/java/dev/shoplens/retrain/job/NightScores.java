package dev.shoplens.retrain.job;

import dev.shoplens.models.labels.ModelKind;
import dev.shoplens.retrain.explain.Occlusion;
import dev.shoplens.retrain.explain.SequenceReason;
import dev.shoplens.retrain.lstm.LstmModel;
import dev.shoplens.retrain.sequences.SequenceExample;
import dev.shoplens.scores.SequenceScore;
import dev.shoplens.store.retrain.RetrainReads;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tonight's scores: the serving LSTM's probability and reasons for every customer, with the logistic model's
 * current score beside it. The logistic score is as of the newest event, the LSTM's as of the last whole day: the
 * logistic model sees a few hours more, which favours it, never the LSTM.
 */
final class NightScores {

    private final RetrainStore results;
    private final int reasons;

    NightScores(RetrainStore results, int reasons) {
        this.results = results;
        this.reasons = reasons;
    }

    List<SequenceScore> score(ModelKind kind, LstmModel model, int version, List<SequenceExample> examples) {
        if (examples.isEmpty()) {
            return List.of();
        }
        double[] probability = model.score(examples);
        List<List<SequenceReason>> why = Occlusion.reasons(model, examples, probability, reasons);
        Map<String, RetrainReads.LogisticScore> logistic = results.logisticScores(kind);
        List<SequenceScore> scores = new ArrayList<>(examples.size());
        for (int i = 0; i < examples.size(); i++) {
            SequenceExample e = examples.get(i);
            RetrainReads.LogisticScore other = logistic.get(e.customerId());
            scores.add(new SequenceScore(
                    LocalDate.ofInstant(e.cutOff(), ZoneOffset.UTC),
                    kind.registryName(),
                    e.customerId(),
                    probability[i],
                    version,
                    other == null ? null : other.probability(),
                    other == null ? null : other.version(),
                    Occlusion.stored(why.get(i))));
        }
        return scores;
    }
}
