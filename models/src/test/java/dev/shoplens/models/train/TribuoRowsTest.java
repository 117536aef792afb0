package dev.shoplens.models.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tribuo.Feature;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

class TribuoRowsTest {

    static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    // Deliberately not in name order: the rows' values come in this order.
    static final String[] NAMES = {"recency", "frequency", "amount", "basket"};
    static final Label YES = new Label("yes");
    static final Label NO = new Label("no");

    @Test
    void rowsTrainTheSameModelAsTribuosOwnExamplesOfTheSameValues() {
        double[][] rows = rows(500, 3);
        MutableDataset<Label> fast =
                TribuoRows.dataset("rows", T0, new LabelFactory(), NAMES, rows, TribuoRowsTest::label);
        MutableDataset<Label> plain =
                new MutableDataset<>(new SimpleDataSourceProvenance("rows", new LabelFactory()), new LabelFactory());
        for (int r = 0; r < rows.length; r++) {
            plain.add(new ArrayExample<>(label(r), NAMES, rows[r]));
        }

        LinearSGDModel fromRows = new WarmStartLogisticTrainer(3, 0.1, 42, null).train(fast);
        LinearSGDModel fromExamples = new WarmStartLogisticTrainer(3, 0.1, 42, null).train(plain);

        assertThat(fast.getFeatureIDMap().keySet())
                .isEqualTo(plain.getFeatureIDMap().keySet());
        assertThat(fromRows.getWeightsCopy().toArray())
                .isEqualTo(fromExamples.getWeightsCopy().toArray());
        assertThat(fromRows.getOutputIDInfo().getID(YES))
                .isEqualTo(fromExamples.getOutputIDInfo().getID(YES));
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
