package dev.shoplens.jobs.models;

import dev.shoplens.scores.ModelVersionRow;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.OperatorStateStore;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Runs the {@link Trainers} at parallelism 1 (every label of the shop trains one model per kind) and emits every
 * registry row. Input waits in a {@link TrainingOrder} until the watermark passes its midnight, so the learners see
 * the same labels in the same order on every run of the same events, whatever the parallelism upstream: versions,
 * their tests and promotions are reproducible. Fits run on a thread of their own, beside the event path, and each
 * candidate's row comes out with its learner's next version. Keyed by one constant key only for the event-time
 * timers. The learners (models as their registry rows, windows, pending labels) and the held input are checkpointed as typed
 * state ({@link Trainers.State}, {@link TrainingInput}) with Flink's own serializers, so a restart goes on from the
 * last checkpoint instead of learning from scratch and a savepoint can evolve with the code. A savepoint of an
 * earlier release, which held them as Java-serialized blobs, is read once and written typed from then on.
 */
public class TrainModels extends KeyedProcessFunction<Integer, TrainingInput, ModelVersionRow>
        implements CheckpointedFunction {

    /** The one key: all of the shop's labels train one set of models. */
    public static final Integer ONE_TRAINER = 0;

    private final ModelSettings settings;
    private transient ExecutorService fits;
    private transient Trainers trainers;
    // Rows of candidates fitted before a checkpoint and not put out before it: a restore hands them back to their
    // learners, which put them out with their next versions, as if never stopped.
    private transient ListState<ModelVersionRow> unannouncedState;
    private transient TrainingOrder order;
    private transient ListState<Trainers.State> trainerState;
    private transient ListState<TrainingInput> heldInput;
    // An earlier release's Java-serialized blobs, read at a restore from its savepoint and cleared.
    private transient ListState<byte[]> legacyTrainers;
    private transient ListState<byte[]> legacyHeld;

    public TrainModels(ModelSettings settings) {
        this.settings = settings;
    }

    /** The key selector's answer for every input. */
    public static Integer oneTrainer(TrainingInput input) {
        return ONE_TRAINER;
    }

    @Override
    public void processElement(TrainingInput input, Context ctx, Collector<ModelVersionRow> out) {
        order.hold(input);
        // A timer at a time the watermark has already passed fires at the next watermark: late input trains too.
        ctx.timerService().registerEventTimeTimer(input.time().toEpochMilli());
    }

    /**
     * Fits run on a thread of their own, beside the event path: the upstream timelines go on with the next day
     * while a model is fitted, where they waited for it (a full refit of a large shop takes a second or more).
     */
    @Override
    public void open(OpenContext openContext) {
        fits = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "shoplens model fits");
            thread.setDaemon(true);
            return thread;
        });
        trainers.fitOn(fits);
    }

    @Override
    public void close() {
        if (fits != null) {
            fits.shutdownNow();
        }
    }

    /**
     * Each midnight the watermark passes, the midnight's input. A candidate's row comes out first among the rows of
     * its learner's next version (that is when its test needs it), so at the same point of event time on every run
     * however long its fit took; at the end of the input (the final watermark's timer) the rest.
     */
    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<ModelVersionRow> out) {
        for (TrainingInput input : order.releaseUpTo(timestamp)) {
            trainers.add(input, Instant.now()).forEach(out::collect);
        }
        if (timestamp == Long.MAX_VALUE) {
            trainers.fitted().forEach(out::collect);
        } else if (trainers.isFitting()) {
            ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
        }
    }

    /** How many inputs wait for the watermark (for tests: none once it has passed them all). */
    int held() {
        return order.held();
    }

    /** The learners (for tests that write a checkpoint as an earlier release did). */
    Trainers trainers() {
        return trainers;
    }

    /** The input waiting for the watermark (for the same tests). */
    TrainingOrder order() {
        return order;
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        trainerState.update(List.of(trainers.state()));
        heldInput.update(order.all());
        unannouncedState.update(trainers.unannounced());
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        OperatorStateStore store = context.getOperatorStateStore();
        trainerState = store.getListState(
                new ListStateDescriptor<>("trainer-state", TypeInformation.of(Trainers.State.class)));
        heldInput =
                store.getListState(new ListStateDescriptor<>("held-input", TypeInformation.of(TrainingInput.class)));
        unannouncedState = store.getListState(
                new ListStateDescriptor<>("unannounced-rows", TypeInformation.of(ModelVersionRow.class)));
        legacyTrainers = store.getListState(new ListStateDescriptor<>("trainers", byte[].class));
        legacyHeld = store.getListState(new ListStateDescriptor<>("held-training-input", byte[].class));
        // An earlier release's learners carry that release's settings inside them: taken as state only, they train
        // on with this job's settings, as a typed restore does. Typed state, if both were there, wins.
        trainers = null;
        for (byte[] bytes : legacyTrainers.get()) {
            trainers = Trainers.restore(
                    settings, deserialize(bytes, Trainers.class).state());
        }
        for (Trainers.State state : trainerState.get()) {
            trainers = Trainers.restore(settings, state);
        }
        if (trainers == null) {
            trainers = new Trainers(settings);
        }
        List<ModelVersionRow> unannounced = new ArrayList<>();
        unannouncedState.get().forEach(unannounced::add);
        trainers.announceLater(unannounced);
        order = new TrainingOrder();
        for (byte[] bytes : legacyHeld.get()) {
            order = deserialize(bytes, TrainingOrder.class);
        }
        if (heldInput.get().iterator().hasNext()) {
            order = new TrainingOrder();
            heldInput.get().forEach(order::hold);
        }
        legacyTrainers.clear();
        legacyHeld.clear();
    }

    /** Reads an earlier release's blob: the learners and the held input were Java-serialized up to 2026-12-06. */
    static <T> T deserialize(byte[] bytes, Class<T> type) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            protected Class<?> resolveClass(java.io.ObjectStreamClass desc) throws IOException, ClassNotFoundException {
                return Class.forName(desc.getName(), false, TrainModels.class.getClassLoader());
            }
        }) {
            return type.cast(in.readObject());
        }
    }
}
