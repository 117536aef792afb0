package dev.shoplens.models.registry;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.models.labels.ModelKind;
import dev.shoplens.models.train.SegmentModel;
import dev.shoplens.models.train.SegmentTrainer;
import dev.shoplens.models.train.TrainingSettings;
import dev.shoplens.scores.ModelVersionRow;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps the segmentation current: remembers each customer's newest snapshot and refits k-means on them every
 * {@code every} of event time. There are no labels to test a segmentation on, so each version serves at once; its
 * metrics are the segment sizes and how many customers the new version moves to another segment.
 */
public final class SegmentLearner implements Serializable {

    private static final long serialVersionUID = 1L;

    private final TrainingSettings settings;
    private final Duration every;
    private final Duration forgetAfter;
    private final int minimumCustomers;
    // Sorted by customer id, so that the same snapshots always give k-means the same data in the same order.
    private final TreeMap<String, CustomerFeatures> latest = new TreeMap<>();
    private Instant clockStart;
    private Instant lastTrainedAt;
    private int versions;
    private Learner.Version serving;

    public SegmentLearner(TrainingSettings settings, Duration every, Duration forgetAfter, int minimumCustomers) {
        this.settings = settings;
        this.every = every;
        this.forgetAfter = forgetAfter;
        this.minimumCustomers = minimumCustomers;
    }

    public List<ModelVersionRow> add(CustomerFeatures snapshot, Instant wallNow) {
        latest.put(snapshot.customerId(), snapshot);
        Instant now = snapshot.asOf();
        if (clockStart == null) {
            clockStart = now;
        }
        Instant since = lastTrainedAt != null ? lastTrainedAt : clockStart;
        if (Duration.between(since, now).compareTo(every) < 0) {
            return List.of();
        }
        latest.values().removeIf(c -> c.asOf().isBefore(now.minus(forgetAfter)));
        if (latest.size() < Math.max(minimumCustomers, settings.segments())) {
            return List.of();
        }
        return fit(now, wallNow);
    }

    private List<ModelVersionRow> fit(Instant now, Instant wallNow) {
        lastTrainedAt = now;
        SegmentModel previous = serving == null ? null : (SegmentModel) serving.model();
        SegmentModel model = new SegmentTrainer(settings).fit(latest.values(), previous, now);
        versions++;
        List<ModelVersionRow> rows = new ArrayList<>();
        if (serving != null) {
            rows.add(serving.row().withServing(false));
        }
        ModelVersionRow row = new ModelVersionRow(
                ModelKind.SEGMENTS.registryName(),
                versions,
                previous == null ? null : serving.row().version(),
                now,
                wallNow,
                latest.size(),
                true,
                metrics(model, previous),
                Provenances.json(model.tribuoModel()),
                ModelCodec.write(model),
                true,
                true);
        serving = new Learner.Version(model, row);
        rows.add(row);
        return rows;
    }

    private String metrics(SegmentModel model, SegmentModel previous) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("customers", latest.size());
        ArrayNode segments = json.putArray("segments");
        for (int k = 0; k < model.ids().length; k++) {
            segments.addObject()
                    .put("id", model.ids()[k])
                    .put("name", model.names().get(k))
                    .put("customers", model.sizes()[k]);
        }
        if (previous != null) {
            long moved = latest.values().stream()
                    .filter(c -> previous.assign(c).id() != model.assign(c).id())
                    .count();
            json.put("moved", moved);
        }
        return json.toString();
    }

    public Learner.Version serving() {
        return serving;
    }

    /** Everything the segmentation holds, as plain values (see {@link Learner.State}). */
    public record State(
            Map<String, CustomerFeatures> latest,
            Instant clockStart,
            Instant lastTrainedAt,
            int versions,
            ModelVersionRow serving) {}

    public State state() {
        return new State(new TreeMap<>(latest), clockStart, lastTrainedAt, versions, Learner.Version.rowOf(serving));
    }

    /** A segmentation that goes on from {@code state}. */
    public static SegmentLearner restore(
            TrainingSettings settings, Duration every, Duration forgetAfter, int minimumCustomers, State state) {
        SegmentLearner learner = new SegmentLearner(settings, every, forgetAfter, minimumCustomers);
        learner.latest.putAll(state.latest());
        learner.clockStart = state.clockStart();
        learner.lastTrainedAt = state.lastTrainedAt();
        learner.versions = state.versions();
        learner.serving = Learner.Version.of(state.serving());
        return learner;
    }
}
