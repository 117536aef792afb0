package dev.shoplens.models.segments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.models.Examples;
import dev.shoplens.models.train.SegmentModel;
import dev.shoplens.models.train.SegmentTrainer;
import dev.shoplens.models.train.TrainingSettings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SegmentTrainerTest {

    final SegmentTrainer trainer = new SegmentTrainer(new TrainingSettings(42, 5, 3, 0.1, 3));

    /** Three clear groups: lapsed one-off buyers, frequent recent buyers, new browsers who have not bought. */
    static List<CustomerFeatures> customers(long seed, int each) {
        SplittableRandom r = new SplittableRandom(seed);
        List<CustomerFeatures> result = new ArrayList<>();
        for (int i = 0; i < each; i++) {
            result.add(Examples.customer("lapsed" + i, 100 + r.nextDouble(40), 1, 0, 0));
            result.add(Examples.customer("loyal" + i, 2 + r.nextDouble(5), 20 + r.nextInt(10), 10, 12));
            result.add(Examples.customer("browser" + i, 0, 0, 4 + r.nextInt(3), 8));
        }
        return result;
    }

    @Test
    void segmentsGetReadableUniqueNamesAndAssignLikeTribuo() {
        SegmentModel model = trainer.fit(customers(1, 200), null, Examples.T0);
        assertThat(model.ids()).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(new HashSet<>(model.names())).hasSize(3);
        assertThat(model.sizes()).containsOnly(200L);
        SegmentModel.Segment loyal = model.assign(Examples.customer("x", 3, 25, 10, 12));
        assertThat(loyal.name()).containsAnyOf("frequent", "recent buyers", "busy browsers");
        SegmentModel.Segment lapsed = model.assign(Examples.customer("y", 120, 1, 0, 0));
        SegmentModel.Segment browser = model.assign(Examples.customer("z", 0, 0, 5, 8));
        assertThat(List.of(loyal.id(), lapsed.id(), browser.id())).doesNotHaveDuplicates();
        assertThat(browser.name()).contains("one-off");
        for (CustomerFeatures c : customers(9, 20)) {
            double[] scaled = model.scaler().scale(c);
            int tribuo = model.model()
                    .predict(new org.tribuo.impl.ArrayExample<>(
                            org.tribuo.clustering.ClusteringFactory.UNASSIGNED_CLUSTER_ID,
                            model.scaler().names(),
                            scaled))
                    .getOutput()
                    .getID();
            assertThat(model.nearest(scaled)).isEqualTo(tribuo);
        }
    }

    @Test
    void idsStayWithTheirGroupsAcrossRefitsOnNewData() {
        SegmentModel first = trainer.fit(customers(1, 200), null, Examples.T0);
        SegmentModel second =
                new SegmentTrainer(new TrainingSettings(99, 5, 3, 0.1, 3)).fit(customers(2, 250), first, Examples.T0);
        for (CustomerFeatures c : List.of(
                Examples.customer("a", 120, 1, 0, 0),
                Examples.customer("b", 3, 25, 10, 12),
                Examples.customer("c", 0, 0, 5, 8))) {
            assertThat(second.assign(c).id())
                    .as(c.customerId())
                    .isEqualTo(first.assign(c).id());
        }
    }
}
