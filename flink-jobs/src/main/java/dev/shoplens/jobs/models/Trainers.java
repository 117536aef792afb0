package dev.shoplens.jobs.models;

import dev.shoplens.models.labels.ModelKind;
import dev.shoplens.models.registry.ClassifierFitting;
import dev.shoplens.models.registry.Fitting;
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
import java.util.concurrent.Executor;

/** The learners of every kind, fed by one stream of training input. Plain Java; Serializable for checkpoints. */
public final class Trainers implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<ModelKind, Learner> learners = new EnumMap<>(ModelKind.class);
    private final SegmentLearner segments;

    public Trainers(ModelSettings s) {
        this(s, null);
    }

    /** The learners, going on from {@code state} (none: from scratch). */
    private Trainers(ModelSettings s, State state) {
        for (ModelKind kind : new ModelKind[] {ModelKind.CHURN, ModelKind.PURCHASE, ModelKind.VALUE}) {
            Fitting fitting = kind == ModelKind.VALUE
                    ? new ValueFitting(s.training(), (int) s.horizons().value().toDays(), s.valueMaeMargin())
                    : new ClassifierFitting(kind, s.training(), s.promotion());
            Learner.State learnt = state == null ? null : state.of(kind);
            learners.put(
                    kind,
                    learnt == null
                            ? new Learner(kind, fitting, s.schedule())
                            : Learner.restore(kind, fitting, s.schedule(), learnt));
        }
        segments = state == null || state.segments() == null
                ? new SegmentLearner(
                        s.training(),
                        s.segmentsEvery(),
                        s.horizons().value(),
                        s.schedule().minimumLabels())
                : SegmentLearner.restore(
                        s.training(),
                        s.segmentsEvery(),
                        s.horizons().value(),
                        s.schedule().minimumLabels(),
                        state.segments());
    }

    /**
     * What every learner has learnt and holds, as plain values the trainer's checkpoint keeps with Flink's own
     * serializers; the settings are not part of it (they come from the job, so a new release's settings apply).
     */
    public record State(
            Learner.State churn, Learner.State purchase, Learner.State value, SegmentLearner.State segments) {

        Learner.State of(ModelKind kind) {
            return switch (kind) {
                case CHURN -> churn;
                case PURCHASE -> purchase;
                case VALUE -> value;
                case SEGMENTS -> throw new IllegalArgumentException("segments have a learner of their own");
            };
        }
    }

    public State state() {
        return new State(
                learners.get(ModelKind.CHURN).state(),
                learners.get(ModelKind.PURCHASE).state(),
                learners.get(ModelKind.VALUE).state(),
                segments.state());
    }

    /** The learners of {@code settings}, going on from {@code state}. */
    public static Trainers restore(ModelSettings settings, State state) {
        return new Trainers(settings, state);
    }

    /** The learners' fits run on {@code executor} from now on (see {@link Learner#fitOn}). */
    public void fitOn(Executor executor) {
        learners.values().forEach(learner -> learner.fitOn(executor));
    }

    /** The rows of the candidates fitted since last asked, waiting for fits in flight ({@link Learner#fitted}). */
    public List<ModelVersionRow> fitted() {
        List<ModelVersionRow> rows = new ArrayList<>();
        learners.values().forEach(learner -> rows.addAll(learner.fitted()));
        return rows;
    }

    /** The rows {@link #fitted} would put out, left where they are ({@link Learner#unannounced}). */
    public List<ModelVersionRow> unannounced() {
        List<ModelVersionRow> rows = new ArrayList<>();
        learners.values().forEach(learner -> rows.addAll(learner.unannounced()));
        return rows;
    }

    /** Rows a checkpoint kept ({@link #unannounced}), each back to its learner ({@link Learner#announceLater}). */
    public void announceLater(List<ModelVersionRow> rows) {
        for (ModelVersionRow row : rows) {
            learners.get(ModelKind.of(row.kind())).announceLater(List.of(row));
        }
    }

    /** Whether any learner has a fit running or a candidate to take in. */
    public boolean isFitting() {
        return learners.values().stream().anyMatch(Learner::isFitting);
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
