package dev.shoplens.models.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.models.Examples;
import dev.shoplens.models.labels.LabelledExample;
import dev.shoplens.models.labels.ModelKind;
import dev.shoplens.models.train.ClassifierModel;
import dev.shoplens.models.train.ClassifierTrainer;
import dev.shoplens.models.train.TrainingSettings;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelCodecTest {

    @Test
    void aModelRoundTripsThroughItsBytesAndScoresTheSame() {
        List<LabelledExample> examples = Examples.churnExamples(2_000, 21, 0);
        ClassifierModel model =
                new ClassifierTrainer(TrainingSettings.defaults()).fit(ModelKind.PURCHASE, examples, Examples.T0);
        ClassifierModel back = (ClassifierModel) ModelCodec.read(ModelCodec.write(model));
        assertThat(back.kind()).isEqualTo(ModelKind.PURCHASE);
        assertThat(back.scaler()).isEqualTo(model.scaler());
        for (LabelledExample e : examples.subList(0, 100)) {
            assertThat(back.probability(e.features())).isEqualTo(model.probability(e.features()));
        }
        assertThat(Provenances.json(model.model()))
                .contains("WarmStartLogisticTrainer")
                .contains("purchase examples")
                .contains("\"seed\"");
    }

    /**
     * A churn model saved by release 0.1.0 (see {@link PreviousReleaseModel}) must still load and give the scores
     * it gave then.
     */
    @Test
    void aModelSavedByThePreviousReleaseStillLoadsAndScoresTheSame() throws Exception {
        byte[] bytes;
        JsonNode expected;
        try (InputStream model = getClass().getResourceAsStream("/models/churn-0.1.0.model");
                InputStream scores = getClass().getResourceAsStream("/models/churn-0.1.0-scores.json")) {
            bytes = model.readAllBytes();
            expected = new ObjectMapper().readTree(scores);
        }
        ClassifierModel loaded = (ClassifierModel) ModelCodec.read(bytes);
        List<CustomerFeatures> customers = PreviousReleaseModel.customers();
        assertThat(expected).hasSize(customers.size());
        for (int i = 0; i < customers.size(); i++) {
            assertThat(loaded.probability(customers.get(i)))
                    .as(customers.get(i).customerId())
                    .isCloseTo(expected.get(i).asDouble(), within(1e-12));
        }
    }
}
