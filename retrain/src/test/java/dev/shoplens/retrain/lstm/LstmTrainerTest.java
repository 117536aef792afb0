package dev.shoplens.retrain.lstm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shoplens.models.labels.Horizons;
import dev.shoplens.models.labels.ModelKind;
import dev.shoplens.models.metrics.ClassifierMetrics;
import dev.shoplens.models.train.LstmSettings;
import dev.shoplens.retrain.PlantedShop;
import dev.shoplens.retrain.backend.Backend;
import dev.shoplens.retrain.explain.Occlusion;
import dev.shoplens.retrain.explain.SequenceReason;
import dev.shoplens.retrain.sequences.Channel;
import dev.shoplens.retrain.sequences.SequenceBuilder;
import dev.shoplens.retrain.sequences.SequenceExample;
import dev.shoplens.retrain.sequences.SequenceSettings;
import dev.shoplens.retrain.sequences.StoredShop;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LstmTrainerTest {

    static final SequenceBuilder BUILDER = new SequenceBuilder(new SequenceSettings(30, 7, 4, Horizons.defaults()));
    static final LstmSettings SETTINGS = new LstmSettings(16, 0.01, 1e-4, 64, 10, 3, 40_000, 0.2, 7);

    static List<SequenceExample> training;
    static List<SequenceExample> heldOut;
    static TrainingRun run;
    /** What the trainer told its listener: epoch, most epochs, validation log loss. */
    static final List<String> told = new ArrayList<>();

    @BeforeAll
    static void trainOnThePlantedPattern() {
        Backend.start(1);
        StoredShop shop = PlantedShop.shop("c", 600, 200, 1);
        training = shop.labelled(
                List.of(PlantedShop.day(100), PlantedShop.day(107), PlantedShop.day(114), PlantedShop.day(121)),
                BUILDER);
        // Other customers, at a later cut-off: nothing the model saw.
        heldOut = PlantedShop.shop("h", 400, 200, 2).at(PlantedShop.day(150), BUILDER);
        run = new LstmTrainer(SETTINGS, (epoch, maxEpochs, loss) -> told.add(epoch + "/" + maxEpochs + " " + loss))
                .train(ModelKind.PURCHASE, training, null);
    }

    @Test
    void tellsItsListenerOfEveryEpochAsItEnds() {
        assertThat(told)
                .isEqualTo(IntStream.rangeClosed(1, run.epochs())
                        .mapToObj(e -> e + "/10 " + run.validationLogLoss().get(e - 1))
                        .toList());
    }

    static ClassifierMetrics heldOutMetrics(LstmModel model) {
        return ClassifierMetrics.of(model.score(heldOut), LstmTrainer.labels(heldOut, ModelKind.PURCHASE));
    }

    @Test
    void learnsThePlantedPatternOnHeldOutCustomers() {
        ClassifierMetrics metrics = heldOutMetrics(run.model());
        System.out.printf(
                "planted pattern: held-out AUC %.3f, log loss %.3f, %d epochs (best %d), %.0f sequences/s%n",
                metrics.auc(), metrics.logLoss(), run.epochs(), run.bestEpoch(), run.sequencesPerSecond());

        // Half the customers are unpredictable by construction, so a perfect ranking is out of reach; chance is 0.5.
        assertThat(metrics.auc()).isGreaterThan(0.75);
        assertThat(run.trainingSequences() + run.validationSequences()).isEqualTo(training.size());
        assertThat(run.bestEpoch()).isBetween(1, run.epochs());
        assertThat(run.validationLogLoss().get(run.bestEpoch() - 1))
                .isEqualTo(run.validationLogLoss().stream().min(Double::compare).orElseThrow());
    }

    @Test
    void learnsThePatternPlantedInViewsAndCartAdds() {
        // The browsers buy at memoryless random times: only their views and cart adds of the last days can tell.
        List<SequenceExample> browsers = heldOut.stream()
                .filter(e -> PlantedShop.browses(e.customerId()))
                .toList();
        double[] scores = run.model().score(browsers);
        ClassifierMetrics metrics = ClassifierMetrics.of(scores, LstmTrainer.labels(browsers, ModelKind.PURCHASE));
        System.out.printf("views and cart adds: held-out AUC %.3f on %d browsers%n", metrics.auc(), browsers.size());
        assertThat(metrics.auc()).isGreaterThan(0.7);

        // And the reasons say so: for the browsers the model rates likeliest, views or cart adds weigh most.
        List<List<SequenceReason>> reasons = Occlusion.reasons(run.model(), browsers, scores, 1);
        long byBrowsing = IntStream.range(0, browsers.size())
                .boxed()
                .sorted(Comparator.comparingDouble(i -> -scores[i]))
                .limit(20)
                .map(reasons::get)
                .filter(r -> !r.isEmpty())
                .map(r -> r.get(0).channel())
                .filter(c -> c == Channel.VIEWS || c == Channel.CART_ADDS)
                .count();
        assertThat(byBrowsing).isGreaterThanOrEqualTo(15);
    }

    @Test
    void aModelFromBeforeViewsAndCartAddsStillLoadsAndScoresButIsNotContinued() {
        // The channels of the release before views and cart adds were added, in their order.
        List<Channel> ordersOnly = Channel.all().subList(0, 6);
        LstmSettings short_ = new LstmSettings(16, 0.01, 1e-4, 64, 2, 1, 40_000, 0.2, 7);
        TrainingRun old = new LstmTrainer(short_).train(ModelKind.PURCHASE, training, null, ordersOnly);

        LstmModel loaded = LstmCodec.read(LstmCodec.write(old.model()));

        assertThat(loaded.channels()).containsExactlyElementsOf(ordersOnly);
        assertThat(loaded.score(heldOut)).containsExactly(old.model().score(heldOut));
        // Without the browsing channels the browsers' next week is out of its reach.
        List<SequenceExample> browsers = heldOut.stream()
                .filter(e -> PlantedShop.browses(e.customerId()))
                .toList();
        assertThat(ClassifierMetrics.of(loaded.score(browsers), LstmTrainer.labels(browsers, ModelKind.PURCHASE))
                        .auc())
                .isLessThan(0.65);
        TrainingRun next = new LstmTrainer(short_).train(ModelKind.PURCHASE, training, loaded);
        assertThat(next.warmStarted()).isFalse();
        assertThat(next.model().channels()).isEqualTo(Channel.all());
    }

    @Test
    void savedAndLoadedTheModelScoresTheSame() {
        byte[] bytes = LstmCodec.write(run.model());
        LstmModel loaded = LstmCodec.read(bytes);

        assertThat(loaded.kind()).isEqualTo(ModelKind.PURCHASE);
        assertThat(loaded.days()).isEqualTo(30);
        assertThat(loaded.score(heldOut)).containsExactly(run.model().score(heldOut));
    }

    @Test
    void aWarmStartContinuesFromThePreviousWeights() {
        LstmModel previous = LstmCodec.read(LstmCodec.write(run.model()));
        LstmSettings oneEpoch = new LstmSettings(16, 0.01, 1e-4, 64, 1, 1, 40_000, 0.2, 7);

        TrainingRun warm = new LstmTrainer(oneEpoch).train(ModelKind.PURCHASE, training, previous);
        TrainingRun cold = new LstmTrainer(oneEpoch).train(ModelKind.PURCHASE, training, null);

        assertThat(warm.warmStarted()).isTrue();
        assertThat(cold.warmStarted()).isFalse();
        assertThat(warm.validationLogLoss().get(0))
                .isLessThan(cold.validationLogLoss().get(0));
        // The previous model itself is left as it was.
        assertThat(previous.score(heldOut)).containsExactly(run.model().score(heldOut));
    }

    @Test
    void refusesSequencesWithValuesThatAreNotNumbers() {
        SequenceExample good = training.get(0);
        float[][] values = new float[good.values().length][];
        for (int c = 0; c < values.length; c++) {
            values[c] = good.values()[c].clone();
        }
        values[1][3] = Float.NaN;
        SequenceExample corrupt = new SequenceExample("x", good.cutOff(), values, true, false);

        assertThatThrownBy(() -> new LstmTrainer(SETTINGS)
                        .train(ModelKind.PURCHASE, List.of(corrupt, good, training.get(1)), null))
                .hasMessageContaining("NaN");
    }
}
