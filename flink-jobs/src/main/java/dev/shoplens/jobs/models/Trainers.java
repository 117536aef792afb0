package dev.shoplens.jobs.models;

import dev.shoplens.models.labels.ModelKind;
import dev.shoplens.models.registry.ClassifierFitting;
import dev.shoplens.models.registry.Learner;
import dev.shoplens.models.registry.SegmentLearner;
import dev.shoplens.models.registry.ValueFitting;
import dev.shoplens.scores.ModelVersionRow;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The learners of every kind, fed by one stream of training input. Plain Java; Serializable for checkpoints. */
public final class Trainers implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<ModelKind, Learner> learners = new EnumMap<>(ModelKind.class);
    private final SegmentLearner segments;

    public Trainers(ModelSettings s) {
        for (ModelKind kind : new ModelKind[] {ModelKind.CHURN, ModelKind.PURCHASE}) {
            learners.put(
                    kind, new Learner(kind, new ClassifierFitting(kind, s.training(), s.promotion()), s.schedule()));
        }
        learners.put(
                ModelKind.VALUE,
                new Learner(
                        ModelKind.VALUE,
                        new ValueFitting(
                                s.training(), (int) s.horizons().value().toDays(), s.valueMaeMargin()),
                        s.schedule()));
        segments = new SegmentLearner(
                s.training(),
                s.segmentsEvery(),
                s.horizons().value(),
                s.schedule().minimumLabels());
    }

    /** The registry rows of whatever the input made happen. */
    public List<ModelVersionRow> add(TrainingInput input, Instant wallNow) {
        if (input.example() != null) {
            return learners.get(input.example().kind()).add(input.example(), wallNow);
        }
        return new ArrayList<>(segments.add(input.segmentSnapshot(), wallNow));
    }

    public Learner learner(ModelKind kind) {
        return learners.get(kind);
    }

    public SegmentLearner segments() {
        return segments;
    }
}
