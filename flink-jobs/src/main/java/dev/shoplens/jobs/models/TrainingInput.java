package dev.shoplens.jobs.models;

import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.models.labels.LabelledExample;
import java.io.Serializable;
import java.time.Instant;

/** What the trainers learn from: a matured example, or a snapshot that refreshes the segmentation's data. */
public record TrainingInput(LabelledExample example, CustomerFeatures segmentSnapshot) implements Serializable {

    static TrainingInput of(LabelledExample example) {
        return new TrainingInput(example, null);
    }

    static TrainingInput of(CustomerFeatures snapshot) {
        return new TrainingInput(null, snapshot);
    }

    /** The midnight that made it: when the example's label matured, or the snapshot's day. */
    public Instant time() {
        return example != null ? example.maturedAt() : segmentSnapshot.asOf();
    }

    public String customerId() {
        return example != null ? example.features().customerId() : segmentSnapshot.customerId();
    }
}
