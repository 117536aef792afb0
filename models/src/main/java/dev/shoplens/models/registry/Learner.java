package dev.shoplens.models.registry;

import dev.shoplens.models.labels.LabelledExample;
import dev.shoplens.models.labels.ModelKind;
import dev.shoplens.models.train.ServableModel;
import dev.shoplens.scores.ModelVersionRow;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps one kind of model learning as labels mature, test-then-train: when the schedule says so, the new labels
 * are first used to test the newest candidate against the serving version (neither has seen them), which promotes
 * it or not; then they train the next candidate, warm-started from the serving version, or fitted from scratch on
 * the window every few versions. Every version, promoted or not, comes out as a registry row, and again when its
 * test or its serving changes. Event time only: nothing here reads a clock except for the rows' wall time.
 */
public final class Learner implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ModelKind kind;
    private final Fitting fitting;
    private final Schedule schedule;
    private final ArrayDeque<LabelledExample> window = new ArrayDeque<>();
    private final List<LabelledExample> pending = new ArrayList<>();
    private Instant clockStart;
    private Instant lastTrainedAt;
    private Instant lastFullAt;
    private int warmSinceFull;
    private int versions;
    private Version serving;
    private Version candidate;

    /** A version's model with its newest registry row. */
    public record Version(ServableModel model, ModelVersionRow row) implements Serializable {

        /** The version its row describes: the row carries the model's bytes ({@link ModelCodec}). */
        static Version of(ModelVersionRow row) {
            return row == null ? null : new Version(ModelCodec.read(row.model()), row);
        }

        static ModelVersionRow rowOf(Version version) {
            return version == null ? null : version.row();
        }
    }

    /**
     * Everything a learner has learnt and holds, as plain values a checkpoint keeps with its own serializers (a
     * savepoint can then evolve with the code, which a Java-serialized learner could not): its examples, its clock
     * and its versions as their registry rows, which carry each model's bytes. A learner restored from its state
     * goes on exactly as the one it was taken from.
     */
    public record State(
            List<LabelledExample> window,
            List<LabelledExample> pending,
            Instant clockStart,
            Instant lastTrainedAt,
            Instant lastFullAt,
            int warmSinceFull,
            int versions,
            ModelVersionRow serving,
            ModelVersionRow candidate) {}

    public State state() {
        return new State(
                new ArrayList<>(window),
                new ArrayList<>(pending),
                clockStart,
                lastTrainedAt,
                lastFullAt,
                warmSinceFull,
                versions,
                Version.rowOf(serving),
                Version.rowOf(candidate));
    }

    /** A learner of {@code kind} that goes on from {@code state}. */
    public static Learner restore(ModelKind kind, Fitting fitting, Schedule schedule, State state) {
        Learner learner = new Learner(kind, fitting, schedule);
        learner.window.addAll(state.window());
        learner.pending.addAll(state.pending());
        learner.clockStart = state.clockStart();
        learner.lastTrainedAt = state.lastTrainedAt();
        learner.lastFullAt = state.lastFullAt();
        learner.warmSinceFull = state.warmSinceFull();
        learner.versions = state.versions();
        learner.serving = Version.of(state.serving());
        learner.candidate = Version.of(state.candidate());
        return learner;
    }

    public Learner(ModelKind kind, Fitting fitting, Schedule schedule) {
        this.kind = kind;
        this.fitting = fitting;
        this.schedule = schedule;
    }

    /** Adds a matured example; returns the registry rows of whatever the schedule made happen. */
    public List<ModelVersionRow> add(LabelledExample example, Instant wallNow) {
        pending.add(example);
        Instant now = example.maturedAt();
        if (clockStart == null) {
            clockStart = now;
        }
        Instant since = lastTrainedAt != null ? lastTrainedAt : clockStart;
        boolean due = pending.size() >= schedule.labels()
                || (pending.size() >= schedule.minimumLabels()
                        && Duration.between(since, now).compareTo(schedule.every()) >= 0);
        return due ? learn(now, wallNow) : List.of();
    }

    /** Tests the candidate on the pending labels, then trains the next one on them. */
    public List<ModelVersionRow> learn(Instant now, Instant wallNow) {
        List<ModelVersionRow> rows = new ArrayList<>();
        List<LabelledExample> batch = List.copyOf(pending);
        pending.clear();
        lastTrainedAt = now;
        if (batch.isEmpty()) {
            return rows;
        }
        test(batch, rows);
        addToWindow(batch, now);
        train(batch, now, wallNow, rows);
        return rows;
    }

    private void test(List<LabelledExample> batch, List<ModelVersionRow> rows) {
        if (candidate == null || !fitting.canTrain(batch)) {
            return; // a batch with one label class cannot rank: the candidate waits for the next
        }
        Fitting.Evaluation evaluation =
                fitting.evaluate(candidate.model(), serving == null ? null : serving.model(), batch);
        boolean promote = evaluation.promote();
        Version tested =
                new Version(candidate.model(), candidate.row().withOutcome(evaluation.metricsJson(), promote, promote));
        if (promote) {
            if (serving != null) {
                rows.add(serving.row().withServing(false));
            }
            serving = tested;
        }
        rows.add(tested.row());
        candidate = null;
    }

    private void addToWindow(List<LabelledExample> batch, Instant now) {
        window.addAll(batch);
        Instant oldest = now.minus(schedule.window());
        while (!window.isEmpty()
                && (window.size() > schedule.windowRows()
                        || window.peekFirst().maturedAt().isBefore(oldest))) {
            window.removeFirst();
        }
    }

    private void train(List<LabelledExample> batch, Instant now, Instant wallNow, List<ModelVersionRow> rows) {
        Duration sinceFull = serving == null ? null : Duration.between(lastFullAt, now);
        boolean full = serving == null
                || (warmSinceFull >= schedule.fullRetrainEvery() && sinceFull.compareTo(schedule.fullRetrainGap()) >= 0)
                || sinceFull.compareTo(schedule.fullRetrainAfter()) >= 0;
        ServableModel model = null;
        if (!full && fitting.canTrain(batch)) {
            model = fitting.warm(serving.model(), batch, now);
        }
        long trainingRows = batch.size();
        if (model == null) {
            List<LabelledExample> examples = List.copyOf(window);
            if (!fitting.canTrain(examples)) {
                return;
            }
            model = fitting.full(examples, now);
            full = true;
            trainingRows = examples.size();
            warmSinceFull = 0;
            lastFullAt = now;
        } else {
            warmSinceFull++;
        }
        versions++;
        ModelVersionRow row = new ModelVersionRow(
                kind.registryName(),
                versions,
                full ? null : serving.row().version(),
                now,
                wallNow,
                trainingRows,
                full,
                null,
                Provenances.json(model.tribuoModel()),
                ModelCodec.write(model),
                false,
                false);
        candidate = new Version(model, row);
        rows.add(row);
    }

    public ModelKind kind() {
        return kind;
    }

    public Version serving() {
        return serving;
    }

    public Version candidate() {
        return candidate;
    }

    public int pendingLabels() {
        return pending.size();
    }
}
