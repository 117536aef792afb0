package dev.shoplens.models.registry;

import dev.shoplens.models.labels.LabelledExample;
import dev.shoplens.models.train.ServableModel;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** How one kind of model is fitted and judged; the {@link Learner} does the versions, windows and scheduling. */
public interface Fitting extends Serializable {

    /** Fitted from scratch, scaling included, on the window. */
    ServableModel full(List<LabelledExample> window, Instant trainedAt);

    /** Continued from {@code base} on the new examples; null where the kind always refits in full. */
    ServableModel warm(ServableModel base, List<LabelledExample> batch, Instant trainedAt);

    /** Whether the examples can train a model at all (a classifier needs both labels). */
    boolean canTrain(List<LabelledExample> examples);

    /** Measures {@code candidate} (and {@code serving}, if any) on labels neither has seen, and decides. */
    Evaluation evaluate(ServableModel candidate, ServableModel serving, List<LabelledExample> unseen);

    /** The metrics as JSON, and whether the candidate is promoted. */
    record Evaluation(String metricsJson, boolean promote) {}
}
