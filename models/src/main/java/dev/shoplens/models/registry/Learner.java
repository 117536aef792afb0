package dev.shoplens.models.registry;

import dev.shoplens.models.labels.LabelledExample;
import dev.shoplens.models.labels.ModelKind;
import dev.shoplens.models.train.ServableModel;
import dev.shoplens.scores.ModelVersionRow;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

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
    // Where fits run (null: on the caller's thread), the one in flight, and taken-in candidates not yet put out.
    private transient Executor fits;
    private transient CompletableFuture<Fitted> inFlight;
    private transient List<ModelVersionRow> unannounced;

    /**
     * A fit's outcome: the model, whether it was fitted from scratch, on how many rows, when (event time and wall
     * time), and the model's provenance and bytes for its row, written where it was fitted.
     */
    private record Fitted(
            ServableModel model,
            boolean full,
            long trainingRows,
            Instant now,
            Instant wallNow,
            String provenance,
            byte[] bytes) {}

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

    /** What a checkpoint keeps; a fit in flight is waited for first, so its candidate is kept with the rest. */
    public State state() {
        awaitFit();
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

    /**
     * Fits from now on run on {@code executor}, beside the caller: {@link #learn} returns once the fit has started,
     * and the candidate is taken in when anything needs it (its test at the next {@link #learn}, a checkpoint) or
     * {@link #fitted} is asked. The candidate and every row are the same as with fits on the caller's thread; the
     * candidate's row comes out later, first among the rows of the next {@link #learn}.
     */
    public void fitOn(Executor executor) {
        this.fits = executor;
    }

    /** The rows of candidates fitted and not yet put out, waiting for a fit still in flight (the end of input). */
    public List<ModelVersionRow> fitted() {
        awaitFit();
        if (unannounced == null || unannounced.isEmpty()) {
            return List.of();
        }
        List<ModelVersionRow> rows = List.copyOf(unannounced);
        unannounced.clear();
        return rows;
    }

    /** The rows {@link #fitted} would put out, left where they are (a checkpoint keeps them to put out later). */
    public List<ModelVersionRow> unannounced() {
        awaitFit();
        return unannounced == null ? List.of() : List.copyOf(unannounced);
    }

    /** Rows a checkpoint kept ({@link #unannounced}): they come out as if they had never stopped. */
    public void announceLater(List<ModelVersionRow> rows) {
        if (unannounced == null) {
            unannounced = new ArrayList<>();
        }
        unannounced.addAll(rows);
    }

    /** Whether a fit is running or its candidate waits to be taken in. */
    public boolean isFitting() {
        return inFlight != null;
    }

    /** Tests the candidate on the pending labels, then trains the next one on them. */
    public List<ModelVersionRow> learn(Instant now, Instant wallNow) {
        List<ModelVersionRow> rows = new ArrayList<>(fitted());
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
        ServableModel base = serving == null ? null : serving.model();
        // The window as it is now: the learner goes on adding to it while a fit runs.
        List<LabelledExample> examples = List.copyOf(window);
        if (fits == null) {
            takeIn(fit(full, base, batch, examples, now, wallNow)).ifPresent(rows::add);
        } else {
            inFlight = CompletableFuture.supplyAsync(() -> fit(full, base, batch, examples, now, wallNow), fits);
        }
    }

    /** A warm start on the new labels where the schedule allows it and they can train; else a full fit on the window. */
    private Fitted fit(
            boolean full,
            ServableModel base,
            List<LabelledExample> batch,
            List<LabelledExample> examples,
            Instant now,
            Instant wallNow) {
        if (!full && fitting.canTrain(batch)) {
            ServableModel model = fitting.warm(base, batch, now);
            if (model != null) {
                return fitted(model, false, batch.size(), now, wallNow);
            }
        }
        if (!fitting.canTrain(examples)) {
            return null;
        }
        return fitted(fitting.full(examples, now), true, examples.size(), now, wallNow);
    }

    private static Fitted fitted(ServableModel model, boolean full, long rows, Instant now, Instant wallNow) {
        return new Fitted(
                model, full, rows, now, wallNow, Provenances.json(model.tribuoModel()), ModelCodec.write(model));
    }

    /** Makes {@code fitted} the candidate, a version of its own; its registry row. */
    private Optional<ModelVersionRow> takeIn(Fitted fitted) {
        if (fitted == null) {
            return Optional.empty();
        }
        if (fitted.full()) {
            warmSinceFull = 0;
            lastFullAt = fitted.now();
        } else {
            warmSinceFull++;
        }
        versions++;
        ModelVersionRow row = new ModelVersionRow(
                kind.registryName(),
                versions,
                fitted.full() ? null : serving.row().version(),
                fitted.now(),
                fitted.wallNow(),
                fitted.trainingRows(),
                fitted.full(),
                null,
                fitted.provenance(),
                fitted.bytes(),
                false,
                false);
        candidate = new Version(fitted.model(), row);
        return Optional.of(row);
    }

    /** Takes in the fit in flight, if any; its row waits to be put out ({@link #fitted}). */
    private void awaitFit() {
        if (inFlight == null) {
            return;
        }
        Fitted fitted;
        try {
            fitted = inFlight.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } finally {
            inFlight = null;
        }
        if (unannounced == null) {
            unannounced = new ArrayList<>();
        }
        takeIn(fitted).ifPresent(unannounced::add);
    }

    /** A learner Java-serialized (as releases up to 2026-12-06 checkpointed it) holds its candidate first. */
    private void writeObject(ObjectOutputStream out) throws IOException {
        awaitFit();
        out.defaultWriteObject();
    }

    public ModelKind kind() {
        return kind;
    }

    public Version serving() {
        return serving;
    }

    public Version candidate() {
        awaitFit();
        return candidate;
    }

    public int pendingLabels() {
        return pending.size();
    }
}
