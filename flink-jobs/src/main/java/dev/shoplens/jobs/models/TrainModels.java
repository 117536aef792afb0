package dev.shoplens.jobs.models;

import dev.shoplens.scores.ModelVersionRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Runs the {@link Trainers} at parallelism 1 (every label of the shop trains one model per kind) and emits every
 * registry row. Input waits in a {@link TrainingOrder} until the watermark passes its midnight, so the learners see
 * the same labels in the same order on every run of the same events, whatever the parallelism upstream: versions,
 * their tests and promotions are reproducible. Keyed by one constant key only for the event-time timers. The
 * learners (models, windows, pending labels) and the held input are checkpointed as serialized blobs, so a restart
 * goes on from the last checkpoint instead of learning from scratch.
 */
public class TrainModels extends KeyedProcessFunction<Integer, TrainingInput, ModelVersionRow>
        implements CheckpointedFunction {

    /** The one key: all of the shop's labels train one set of models. */
    public static final Integer ONE_TRAINER = 0;

    private final ModelSettings settings;
    private transient Trainers trainers;
    private transient TrainingOrder order;
    private transient ListState<byte[]> checkpoint;
    private transient ListState<byte[]> heldCheckpoint;

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

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<ModelVersionRow> out) {
        for (TrainingInput input : order.releaseUpTo(timestamp)) {
            trainers.add(input, Instant.now()).forEach(out::collect);
        }
    }

    /** How many inputs wait for the watermark (for tests: none once it has passed them all). */
    int held() {
        return order.held();
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        checkpoint.update(List.of(serialize(trainers)));
        heldCheckpoint.update(List.of(serialize(order)));
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        checkpoint = context.getOperatorStateStore().getListState(new ListStateDescriptor<>("trainers", byte[].class));
        heldCheckpoint = context.getOperatorStateStore()
                .getListState(new ListStateDescriptor<>("held-training-input", byte[].class));
        trainers = null;
        for (byte[] bytes : checkpoint.get()) {
            trainers = deserialize(bytes, Trainers.class);
        }
        if (trainers == null) {
            trainers = new Trainers(settings);
        }
        order = null;
        for (byte[] bytes : heldCheckpoint.get()) {
            order = deserialize(bytes, TrainingOrder.class);
        }
        if (order == null) {
            order = new TrainingOrder();
        }
    }

    static byte[] serialize(Serializable state) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(state);
        }
        return bytes.toByteArray();
    }

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
