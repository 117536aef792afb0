package dev.shoplens.retrain.measure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.event.EventType;
import dev.shoplens.event.ShopEvent;
import dev.shoplens.models.labels.ModelKind;
import dev.shoplens.models.metrics.ClassifierMetrics;
import dev.shoplens.orders.OrderRow;
import dev.shoplens.retrain.backend.Backend;
import dev.shoplens.retrain.job.RetrainSettings;
import dev.shoplens.retrain.lstm.LstmTrainer;
import dev.shoplens.retrain.lstm.TrainingRun;
import dev.shoplens.retrain.sequences.Channel;
import dev.shoplens.retrain.sequences.CutOffs;
import dev.shoplens.retrain.sequences.DailyActivity;
import dev.shoplens.retrain.sequences.SequenceBuilder;
import dev.shoplens.retrain.sequences.SequenceExample;
import dev.shoplens.retrain.sequences.StoredCustomer;
import dev.shoplens.retrain.sequences.StoredShop;
import dev.shoplens.simulator.ShopConfig;
import dev.shoplens.simulator.SimulatedShop;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The demo's shop (2,000 customers, seed 42) over 240 days, as SimulatedShopModelsTest runs it for the logistic
 * models: the LSTM is trained on the night of day 200 with the default settings, on what the store would hold then
 * (orders, daily views and cart adds, and first visits before day 200), and measured on the weekly cut-offs after it whose labels matured by day
 * 240, next to the recency-only rule on the same labels. Minutes, not seconds: run on demand with
 * {@code -Dshoplens.measure=true}; it prints the figures for docs/models.md.
 */
@EnabledIfSystemProperty(named = "shoplens.measure", matches = "true")
class SimulatedShopLstmTest {

    static final Instant START = Instant.parse("2026-01-05T00:00:00Z");
    static final Instant END = START.plus(Duration.ofDays(240));
    static final Instant NIGHT = START.plus(Duration.ofDays(200));

    @Test
    void measuresTheLstmOnTheDemosShop() {
        int threads = Integer.getInteger("shoplens.threads", 1);
        RetrainSettings settings = RetrainSettings.defaults(threads);
        Backend.start(threads);
        StoredShop everything = shop();
        StoredShop tonight = before(everything, NIGHT);
        SequenceBuilder builder = new SequenceBuilder(settings.sequences());

        for (ModelKind kind : List.of(ModelKind.PURCHASE, ModelKind.CHURN)) {
            CutOffs cutOffs = CutOffs.of(kind, NIGHT, settings.sequences());
            List<SequenceExample> training = tonight.labelled(cutOffs.training(), builder);
            TrainingRun run = new LstmTrainer(settings.lstm()).train(kind, training, null);

            List<SequenceExample> unseen = new ArrayList<>();
            Duration horizon = settings.sequences().horizons().of(kind);
            for (Instant cut = NIGHT; !cut.plus(horizon).isAfter(END); cut = cut.plus(Duration.ofDays(7))) {
                unseen.addAll(everything.at(cut, builder));
            }
            boolean[] labels = LstmTrainer.labels(unseen, kind);
            long started = System.nanoTime();
            ClassifierMetrics lstm = ClassifierMetrics.of(run.model().score(unseen), labels);
            double scoringSeconds = (System.nanoTime() - started) / 1e9;
            ClassifierMetrics recency = ClassifierMetrics.of(recency(unseen, kind), labels);
            System.out.printf(
                    "%s: LSTM AUC %.3f, log loss %.3f, Brier %.3f on %d unseen labels (recency-only AUC %.3f);"
                            + " %d training + %d validation sequences, %d epochs (best %d), %.1f s,"
                            + " %.0f training sequences/s, %.0f scored sequences/s, %d thread(s)%n",
                    kind.registryName(),
                    lstm.auc(),
                    lstm.logLoss(),
                    lstm.brier(),
                    unseen.size(),
                    recency.auc(),
                    run.trainingSequences(),
                    run.validationSequences(),
                    run.epochs(),
                    run.bestEpoch(),
                    run.seconds(),
                    run.sequencesPerSecond(),
                    unseen.size() / scoringSeconds,
                    threads);
            assertThat(lstm.auc()).isGreaterThan(0.5);
        }
    }

    /** The longer since the last order, the likelier churn and the less likely a purchase. */
    static double[] recency(List<SequenceExample> examples, ModelKind kind) {
        double[] score = new double[examples.size()];
        for (int i = 0; i < score.length; i++) {
            float[] days = examples.get(i).values()[Channel.DAYS_SINCE_LAST_ORDER.ordinal()];
            double silence = days[days.length - 1];
            score[i] = kind == ModelKind.CHURN ? silence : -silence;
        }
        return score;
    }

    static StoredShop shop() {
        SimulatedShop shop = new SimulatedShop(ShopConfig.demo(42, START));
        Map<String, Instant> firstSeen = new LinkedHashMap<>();
        Map<String, List<OrderRow>> orders = new LinkedHashMap<>();
        Map<String, Map<LocalDate, int[]>> browsing = new LinkedHashMap<>();
        while (shop.hasNext()) {
            ShopEvent e = shop.next();
            if (!e.time().isBefore(END)) {
                break;
            }
            if (e.customerId() == null) {
                continue;
            }
            firstSeen.putIfAbsent(e.customerId(), e.time());
            if (e.type().isOrderEvent()) {
                orders.computeIfAbsent(e.customerId(), k -> new ArrayList<>()).add(OrderRow.of(e));
            }
            if (e.type() == EventType.VIEW || e.type() == EventType.CART_ADD) {
                browsing.computeIfAbsent(e.customerId(), k -> new TreeMap<>())
                        .computeIfAbsent(LocalDate.ofInstant(e.time(), ZoneOffset.UTC), k -> new int[2])[
                        e.type() == EventType.VIEW ? 0 : 1]++;
            }
        }
        List<StoredCustomer> customers = new ArrayList<>();
        firstSeen.forEach((id, seen) -> customers.add(new StoredCustomer(
                id,
                seen,
                orders.getOrDefault(id, List.of()),
                browsing.getOrDefault(id, Map.of()).entrySet().stream()
                        .map(d -> new DailyActivity(d.getKey(), d.getValue()[0], d.getValue()[1]))
                        .toList())));
        return new StoredShop(customers, END);
    }

    /** What the store held on the night {@code night}: nothing at or after it. */
    static StoredShop before(StoredShop shop, Instant night) {
        List<StoredCustomer> customers = new ArrayList<>();
        for (StoredCustomer c : shop.customers()) {
            if (c.firstSeen().isBefore(night)) {
                customers.add(new StoredCustomer(
                        c.customerId(),
                        c.firstSeen(),
                        c.orders().stream()
                                .filter(o -> o.time().isBefore(night))
                                .toList(),
                        c.days().stream()
                                .filter(d -> d.day().isBefore(LocalDate.ofInstant(night, ZoneOffset.UTC)))
                                .toList()));
            }
        }
        return new StoredShop(customers, night);
    }
}
