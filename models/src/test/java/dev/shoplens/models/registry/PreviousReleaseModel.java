package dev.shoplens.models.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.models.Examples;
import dev.shoplens.models.labels.ModelKind;
import dev.shoplens.models.train.ClassifierModel;
import dev.shoplens.models.train.ClassifierTrainer;
import dev.shoplens.models.train.TrainingSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the model and scores that {@link ModelCodecTest} keeps from a release. Run once per release (from the
 * repository root, with the test class path) and commit both files next to the older ones:
 * {@code java ... dev.shoplens.models.registry.PreviousReleaseModel models/src/test/resources/models 0.1.0}.
 */
public final class PreviousReleaseModel {

    private PreviousReleaseModel() {}

    static List<CustomerFeatures> customers() {
        return List.of(
                Examples.customer("silent", 64, 3, 0, 0),
                Examples.customer("regular", 5, 12, 9, 14),
                Examples.customer("new", 0, 0, 1, 3),
                Examples.customer("lapsing", 35, 2, 2, 1));
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String release = args[1];
        ClassifierModel model = new ClassifierTrainer(TrainingSettings.defaults())
                .fit(ModelKind.CHURN, Examples.churnExamples(3_000, 31, 0), Examples.T0);
        Files.createDirectories(dir);
        Files.write(dir.resolve("churn-" + release + ".model"), ModelCodec.write(model));
        double[] scores = customers().stream().mapToDouble(model::probability).toArray();
        Files.writeString(
                dir.resolve("churn-" + release + "-scores.json"), new ObjectMapper().writeValueAsString(scores));
    }
}
