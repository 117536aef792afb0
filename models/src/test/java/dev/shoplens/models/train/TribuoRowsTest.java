package dev.shoplens.models.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.tribuo.Feature;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Output;
import org.tribuo.OutputFactory;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

class TribuoRowsTest {

    static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    // Deliberately not in name order: the rows' values come in this order.
    static final String[] NAMES = {"recency", "frequency", "amount", "basket"};
    static final Label YES = new Label("yes");
    static final Label NO = new Label("no");

    /**
     * Our trainers step over the rows' own vectors (RowsSgd), not over vectors Tribuo makes again from each example:
     * the same rows in Tribuo's own examples, trained by Tribuo's loop, must give the very same weights, for a fit
     * from zeros, a warm start, and a second fit by the same trainer (its random numbers carried on as Tribuo's).
     */
    @Test
    void rowsTrainTheSameClassifierAsTribuosOwnExamplesOfTheSameValues() {
        double[][] rows = rows(500, 3);
        double[][] more = rows(200, 4);
        WarmStartLogisticTrainer fast = new WarmStartLogisticTrainer(3, 0.1, 42, null);
        WarmStartLogisticTrainer plain = new WarmStartLogisticTrainer(3, 0.1, 42, null);

        LinearSGDModel fromRows =
                fast.train(TribuoRows.dataset("rows", T0, new LabelFactory(), NAMES, rows, TribuoRowsTest::label));
        LinearSGDModel fromExamples = plain.train(examples(new LabelFactory(), rows, TribuoRowsTest::label));
        LinearSGDModel againFromRows =
                fast.train(TribuoRows.dataset("more", T0, new LabelFactory(), NAMES, more, TribuoRowsTest::label));
        LinearSGDModel againFromExamples = plain.train(examples(new LabelFactory(), more, TribuoRowsTest::label));
        LinearSGDModel warmFromRows = new WarmStartLogisticTrainer(2, 0.1, 7, fromRows)
                .train(TribuoRows.dataset("more", T0, new LabelFactory(), NAMES, more, TribuoRowsTest::label));
        LinearSGDModel warmFromExamples = new WarmStartLogisticTrainer(2, 0.1, 7, fromExamples)
                .train(examples(new LabelFactory(), more, TribuoRowsTest::label));

        assertThat(fromRows.getWeightsCopy().toArray())
                .isEqualTo(fromExamples.getWeightsCopy().toArray());
        assertThat(againFromRows.getWeightsCopy().toArray())
                .isEqualTo(againFromExamples.getWeightsCopy().toArray());
        assertThat(warmFromRows.getWeightsCopy().toArray())
                .isEqualTo(warmFromExamples.getWeightsCopy().toArray());
        assertThat(fromRows.getWeightsCopy().toArray())
                .isNotEqualTo(againFromRows.getWeightsCopy().toArray());
        assertThat(fromRows.getFeatureIDMap().keySet())
                .isEqualTo(fromExamples.getFeatureIDMap().keySet());
        assertThat(fromRows.getOutputIDInfo().getID(YES))
                .isEqualTo(fromExamples.getOutputIDInfo().getID(YES));
        assertThat(fast.getInvocationCount())
                .isEqualTo(plain.getInvocationCount())
                .isEqualTo(2);
        assertThat(fromRows.getProvenance().getDatasetProvenance().getNumExamples())
                .isEqualTo(500);
    }

    @Test
    void rowsTrainTheSameRegressionAsTribuosOwnExamplesOfTheSameValues() {
        double[][] rows = rows(400, 5);
        IntFunction<Regressor> target = r -> new Regressor("value", rows[r][0] * 2 - rows[r][2]);

        org.tribuo.regression.sgd.linear.LinearSGDModel fromRows = new WarmStartRegressionTrainer(3, 0.1, 42, null)
                .train(TribuoRows.dataset("rows", T0, new RegressionFactory(), NAMES, rows, target));
        org.tribuo.regression.sgd.linear.LinearSGDModel fromExamples =
                new WarmStartRegressionTrainer(3, 0.1, 42, null).train(examples(new RegressionFactory(), rows, target));

        assertThat(fromRows.getWeightsCopy().toArray())
                .isEqualTo(fromExamples.getWeightsCopy().toArray());
    }

    /** The rows as Tribuo's own examples in Tribuo's own dataset: what Tribuo's loop trains on. */
    static <T extends Output<T>> MutableDataset<T> examples(
            OutputFactory<T> factory, double[][] rows, IntFunction<T> output) {
        MutableDataset<T> data = new MutableDataset<>(new SimpleDataSourceProvenance("rows", factory), factory);
        for (int r = 0; r < rows.length; r++) {
            data.add(new ArrayExample<>(output.apply(r), NAMES, rows[r]));
        }
        return data;
    }

    /**
     * The features are described as Tribuo's own dataset describes them (categorical up to 50 distinct values, a
     * column of zeros included, real-valued beyond), so that the model's feature map reads back from its bytes.
     */
    @Test
    void featuresAreDescribedAsTribuoDescribesThemAndTheModelReadsBack() {
        double[][] rows = rows(300, 9);
        for (int r = 0; r < rows.length; r++) {
            rows[r][1] = r % 2; // a flag
            rows[r][3] = 0; // never set
        }
        MutableDataset<Label> fast =
                TribuoRows.dataset("rows", T0, new LabelFactory(), NAMES, rows, TribuoRowsTest::label);
        MutableDataset<Label> plain = examples(new LabelFactory(), rows, TribuoRowsTest::label);

        for (String name : NAMES) {
            assertThat(fast.getFeatureMap().get(name).getClass().getSuperclass())
                    .as(name)
                    .isEqualTo(plain.getFeatureMap().get(name).getClass());
            assertThat(fast.getFeatureMap().get(name).getCount())
                    .as(name)
                    .isEqualTo(plain.getFeatureMap().get(name).getCount());
        }
        LinearSGDModel model = new WarmStartLogisticTrainer(2, 0.1, 42, null).train(fast);
        Model<?> read = Model.deserialize(model.serialize());
        assertThat(((LinearSGDModel) read).getWeightsCopy().toArray())
                .isEqualTo(model.getWeightsCopy().toArray());
    }

    @Test
    void eachRowHoldsItsValuesUnderTheirNamesAndKeepsItsOwnCopyOfTheNames() {
        double[][] rows = {{1, 2, 3, 4}, {5, 6, 7, 8}};
        MutableDataset<Label> data = TribuoRows.dataset("rows", T0, new LabelFactory(), NAMES, rows, r -> YES);

        assertThat(data.getExample(1).lookup("recency").getValue()).isEqualTo(5);
        assertThat(data.getExample(1).lookup("basket").getValue()).isEqualTo(8);
        data.getExample(0).removeFeatures(List.of(new Feature("amount", 3)));
        assertThat(data.getExample(1).lookup("amount").getValue()).isEqualTo(7);
    }

    @Test
    void aRowWithANaNIsRefusedAsTribuoRefusesAnyInvalidExample() {
        double[][] rows = {{1, 2, 3, 4}, {5, Double.NaN, 7, 8}};

        assertThatThrownBy(() -> TribuoRows.dataset("rows", T0, new LabelFactory(), NAMES, rows, r -> YES))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesGivenTwiceAreRefused() {
        double[][] rows = {{1, 2}};

        assertThatThrownBy(() -> TribuoRows.dataset(
                        "rows", T0, new LabelFactory(), new String[] {"amount", "amount"}, rows, r -> YES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unique");
    }

    static Label label(int row) {
        return row % 3 == 0 ? YES : NO;
    }

    static double[][] rows(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] rows = new double[n][NAMES.length];
        for (double[] row : rows) {
            for (int j = 0; j < row.length; j++) {
                row[j] = random.nextDouble(-2, 2);
            }
        }
        return rows;
    }
}
