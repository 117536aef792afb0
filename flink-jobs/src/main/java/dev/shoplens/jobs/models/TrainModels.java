package dev.shoplens.jobs.models;

import dev.shoplens.scores.ModelVersionRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Runs the {@link Trainers} at parallelism 1 (every label of the shop trains one model per kind) and emits every
 * registry row. The learners (models, windows, pending labels) are checkpointed as one serialized blob, so a
 * restart goes on from the last checkpoint instead of learning from scratch.
 */
public class TrainModels extends ProcessFunction<TrainingInput, ModelVersionRow> implements CheckpointedFunction {

    private final ModelSettings settings;
    private transient Trainers trainers;
    private transient ListState<byte[]> checkpoint;

    public TrainModels(ModelSettings settings) {
        this.settings = settings;
    }

    @Override
    public void processElement(TrainingInput input, Context ctx, Collector<ModelVersionRow> out) {
        trainers.add(input, Instant.now()).forEach(out::collect);
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        checkpoint.update(java.util.List.of(serialize(trainers)));
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        checkpoint = context.getOperatorStateStore().getListState(new ListStateDescriptor<>("trainers", byte[].class));
        trainers = null;
        for (byte[] bytes : checkpoint.get()) {
            trainers = deserialize(bytes);
        }
        if (trainers == null) {
            trainers = new Trainers(settings);
        }
    }

    static byte[] serialize(Trainers trainers) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(trainers);
        }
        return bytes.toByteArray();
    }

    static Trainers deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            protected Class<?> resolveClass(java.io.ObjectStreamClass desc) throws IOException, ClassNotFoundException {
                return Class.forName(desc.getName(), false, TrainModels.class.getClassLoader());
            }
        }) {
            return (Trainers) in.readObject();
        }
    }
}
