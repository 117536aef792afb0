package dev.shoplens.retrain.job;

import dev.shoplens.models.labels.ModelKind;
import dev.shoplens.models.metrics.ClassifierMetrics;
import dev.shoplens.models.metrics.PromotionRule;
import dev.shoplens.retrain.sequences.CutOffs;
import dev.shoplens.retrain.sequences.SequenceBuilder;
import dev.shoplens.retrain.sequences.StoredCustomer;
import dev.shoplens.retrain.sequences.StoredShop;
import dev.shoplens.scores.ChampionChallenger;
import dev.shoplens.store.retrain.RetrainReads;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Decides which model serves a kind: the scores both made on the night whose horizon has just passed, measured on
 * the same customers' outcomes. The LSTM takes over when the promotion rule, with the logistic model in the
 * serving role, lets it; otherwise the logistic model serves. Without such a night (the first nights, or a night
 * the retrain did not run) nothing is decided and the previous decision stands.
 */
final class ChampionChallengerRule {

    private final RetrainStore results;
    private final PromotionRule rule;
    private final SequenceBuilder builder;

    ChampionChallengerRule(RetrainStore results, PromotionRule rule, SequenceBuilder builder) {
        this.results = results;
        this.rule = rule;
        this.builder = builder;
    }

    void compare(ModelKind kind, StoredShop history, CutOffs cutOffs) {
        LocalDate day = LocalDate.ofInstant(cutOffs.evaluation(), ZoneOffset.UTC);
        List<RetrainReads.PairedScore> paired = results.pairedScores(kind, day);
        Map<String, StoredCustomer> customers =
                history.customers().stream().collect(Collectors.toMap(StoredCustomer::customerId, Function.identity()));
        List<RetrainReads.PairedScore> known = paired.stream()
                .filter(p -> customers.containsKey(p.customerId()))
                .toList();
        if (known.isEmpty()) {
            return;
        }
        boolean[] outcome = new boolean[known.size()];
        double[] lstm = new double[known.size()];
        double[] logistic = new double[known.size()];
        for (int i = 0; i < known.size(); i++) {
            RetrainReads.PairedScore p = known.get(i);
            outcome[i] = StoredShop.label(
                    builder.example(customers.get(p.customerId()), cutOffs.evaluation(), history.knownUntil()), kind);
            lstm[i] = p.lstm();
            logistic[i] = p.logistic();
        }
        ClassifierMetrics lstmMetrics = ClassifierMetrics.of(lstm, outcome);
        ClassifierMetrics logisticMetrics = ClassifierMetrics.of(logistic, outcome);
        PromotionRule.Decision decision = rule.decide(lstmMetrics, logisticMetrics);
        results.writeChampionChallenger(new ChampionChallenger(
                kind.registryName(),
                day,
                known.size(),
                logisticMetrics.toJson().toString(),
                lstmMetrics.toJson().toString(),
                decision.promote() ? ChampionChallenger.LSTM : ChampionChallenger.LOGISTIC,
                decision.reason()));
    }
}
